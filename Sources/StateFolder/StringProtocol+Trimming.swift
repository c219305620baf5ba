extension StringProtocol {
  /// The text without leading and trailing whitespace.
  package func trimmingSpaces() -> SubSequence {
    trimming(self)
  }
}

// The concrete forms, which callers in other modules pick over the generic one: a generic
// function is not specialized across modules, and unspecialized it costs several times as much
// (refs are trimmed for every allowlisted model at start-up).
extension String {
  /// The text without leading and trailing whitespace.
  package func trimmingSpaces() -> Substring {
    trimming(self)
  }
}

extension Substring {
  /// The text without leading and trailing whitespace.
  package func trimmingSpaces() -> Substring {
    trimming(self)
  }
}

/// `text` without leading and trailing whitespace.
private func trimming<Text: StringProtocol>(_ text: Text) -> Text.SubSequence {
  // Visible ASCII at both ends, the usual case: nothing to trim, and no Character to form; tested
  // on the contiguous bytes, as the UTF8View's count and index cost hundreds of instructions.
  let visibleEnds = text.utf8.withContiguousStorageIfAvailable { bytes in
    guard let first = bytes.first, let last = bytes.last else { return false }
    return (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last)
  }
  if visibleEnds == true {
    return text[...]
  }
  guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
  else {
    return text[text.endIndex...]
  }
  return text[first...last]
}
