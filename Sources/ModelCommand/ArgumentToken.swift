/// The argument token of a `/model` command (spec §4.1): runs of token characters joined by `/`.
///
/// Token characters are letters, marks and decimal digits of any script (Unicode categories L, M
/// and Nd) and `_ . : @ - +`. Model ids and providers are ASCII in practice, but profile names
/// are free text (`anthropic:公司`), so CJK text after `/model` reads as a token and the resolver
/// answers it (unknown model, with suggestions) instead of a bare `trailing_text`.
/// Every run is non-empty: `a//b` and `a/` end the token after `a`, and the rest is left over.
enum ArgumentToken {
  /// Whether `scalar` may appear in a run of a token (every token character but `/`).
  @inline(__always)
  static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "_", ".", ":", "@", "-", "+": true
    default: isLetterOrDigit(scalar)
    }
  }

  /// Whether `scalar` is a letter, a mark or a decimal digit, of any script.
  @inline(__always)
  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
      return true
    default:
      return false
    }
  }

  /// The end of the token that starts at `start` in `bytes` (UTF-8); `start` when there is none.
  static func end(in bytes: [UInt8], from start: Int) -> Int {
    var end = start
    var runStart = start
    while true {
      let runEnd = endOfRun(in: bytes, from: runStart)
      guard runEnd > runStart else { return end }
      end = runEnd
      guard runEnd < bytes.count, bytes[runEnd] == UInt8(ascii: "/") else { return end }
      runStart = runEnd + 1
    }
  }

  private static func endOfRun(in bytes: [UInt8], from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      guard isTokenCharacter(scalar) else { break }
      index += length
    }
    return index
  }
}
