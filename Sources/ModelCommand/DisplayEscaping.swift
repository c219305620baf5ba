import ByteWords

/// Escapes the characters of `text` that must not reach a terminal or a chat reply raw.
///
/// Escaped: the C0 controls (tab, newline and carriage return included), DEL, the C1 controls,
/// the line and paragraph separators (U+2028, U+2029), the bidirectional formatting characters
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and the invisible U+200B, U+2060 and
/// U+FEFF. Tab, newline and carriage return become `\t`, `\n` and `\r`; the others become
/// `\u{…}` with the scalar value in uppercase hex. Everything else, backslashes included, is kept,
/// so the result is for display and not a reversible encoding.
///
/// ```swift
/// escapedForDisplay("gpt\u{1B}[2J\n")  // #"gpt\u{1B}[2J\n"#
/// ```
public func escapedForDisplay<S: StringProtocol>(_ text: S) -> String {
  DisplayEscaping.escaped(text, keepingNewlines: false)
}

/// `escapedForDisplay(_:)` of a `String`: not generic, so that callers in other modules, which
/// cannot specialize the generic one, do not pay for its dynamic dispatch on every character.
public func escapedForDisplay(_ text: String) -> String {
  DisplayEscaping.escaped(text, keepingNewlines: false)
}

/// `text` escaped for display line by line: as `escapedForDisplay(_:)`, except that newlines are
/// kept, so a reply of several lines still reads as several lines.
///
/// ```swift
/// escapedLinesForDisplay("one\ntwo\u{1B}")  // "one\ntwo\\u{1B}"
/// ```
public func escapedLinesForDisplay(_ text: String) -> String {
  DisplayEscaping.escaped(text, keepingNewlines: true)
}

/// The characters that `escapedForDisplay(_:)` escapes and that a command may not contain.
enum DisplayEscaping {
  static func escaped<S: StringProtocol>(_ text: S, keepingNewlines: Bool) -> String {
    // The usual text, with nothing to escape, is kept as it is: checked on the bytes, decoding nothing.
    let hasNothingToEscape = text.utf8.withContiguousStorageIfAvailable {
      isPlain($0, keepingNewlines: keepingNewlines)
    }
    let mustEscape = { (scalar: Unicode.Scalar) in isEscaped(scalar) && !(keepingNewlines && scalar == "\n") }
    guard hasNothingToEscape != true, text.unicodeScalars.contains(where: mustEscape) else {
      return String(text)
    }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if mustEscape(scalar) {
        escaped += escape(scalar)
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// Whether UTF-8 text holds none of the escaped characters, told from its bytes: printable
  /// ASCII is skipped eight bytes at a time, and the escaped scalars above U+007F all begin with
  /// `C2`, `D8`, `E2` or `EF`, so only those are decoded.
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, keepingNewlines: Bool) -> Bool {
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count, isPrintableASCII(UInt64(eightBytesAt: index, of: bytes)) {
        index += 8
        continue
      }
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0x20..<0x7F: continue
      case 0x0A where keepingNewlines: continue
      case 0x00..<0x20, 0x7F: return false
      case 0xC2, 0xD8:
        guard index < bytes.count else { return false }
        if isEscaped(value: UInt32(byte & 0x1F) << 6 | UInt32(bytes[index] & 0x3F)) { return false }
      case 0xE2, 0xEF:
        guard index + 1 < bytes.count else { return false }
        let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index] & 0x3F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        if isEscaped(value: value) { return false }
      default: continue
      }
    }
    return true
  }

  /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E). It may say no for a word
  /// that is, never yes for one that is not.
  @inline(__always)
  static func isPrintableASCII(_ word: UInt64) -> Bool {
    word.flaggingNonASCIIBytes | word.flaggingBytes(below: 0x20) | word.flaggingBytes(equalTo: 0x7F) == 0
  }

  /// Whether `scalar` is escaped for display: a control, separator, bidi or invisible character.
  @inline(__always)
  static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    isEscaped(value: scalar.value)
  }

  @inline(__always)
  static func isEscaped(value: UInt32) -> Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }

  /// The escape of one scalar: `\t`, `\n`, `\r` or `\u{…}`.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\t": #"\t"#
    case "\n": #"\n"#
    case "\r": #"\r"#
    default: #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  /// `text` escaped for display, with `"` escaped too, between double quotes: for dumps.
  static func quoted(_ text: some StringProtocol) -> String {
    "\"" + escapedForDisplay(text).replacing("\"", with: #"\""#) + "\""
  }

  /// A scalar value as `U+001B`.
  static func scalarName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
