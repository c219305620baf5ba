import SafeText

/// What the tests read of a report's text; the sources only print it.
extension SafeText {
  func contains(_ other: String) -> Bool { string.contains(other) }
  func hasPrefix(_ prefix: String) -> Bool { string.hasPrefix(prefix) }
  func hasSuffix(_ suffix: String) -> Bool { string.hasSuffix(suffix) }
}
