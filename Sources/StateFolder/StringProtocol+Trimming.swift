extension StringProtocol {
  /// The text without leading and trailing whitespace.
  package func trimmingSpaces() -> SubSequence {
    // Visible ASCII at both ends, the usual case: nothing to trim, and no Character to form.
    let visibleEnds = utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first, let last = bytes.last else { return false }
      return (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last)
    }
    if visibleEnds == true {
      return self[...]
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
