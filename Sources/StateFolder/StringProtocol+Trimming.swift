extension StringProtocol {
  /// The text without leading and trailing whitespace.
  package func trimmingSpaces() -> SubSequence {
    // Visible ASCII at both ends, the usual case: nothing to trim, and no Character to form.
    let bytes = utf8
    if let first = bytes.first, (0x21..<0x80).contains(first),
      (0x21..<0x80).contains(bytes[bytes.index(bytes.startIndex, offsetBy: bytes.count - 1)])
    {
      return self[...]
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
