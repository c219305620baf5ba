import ByteWords

/// The characters that must not reach a terminal or a chat reply raw: the one definition modelpin
/// has of them, used to escape text for display (`SafeText`), to refuse them in a command, to
/// refuse controls in a session key, and to escape them in JSON.
///
/// They are the C0 controls (tab, newline and carriage return included), DEL, the C1 controls,
/// the line and paragraph separators (U+2028, U+2029), the bidirectional formatting characters
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and the invisible U+200B, U+2060 and
/// U+FEFF. For display each becomes `\t`, `\n`, `\r` or `\u{…}` with the scalar value in uppercase
/// hex; everything else, backslashes included, is kept, so escaping is idempotent and is for
/// display, not a reversible encoding.
public enum DisplayCharacters {
  /// Whether `scalar` must not be printed raw: a control, separator, bidi or invisible character.
  @inlinable
  public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    isEscaped(value: scalar.value)
  }

  /// `isEscaped(_:)` of a scalar value.
  @inlinable
  public static func isEscaped(value: UInt32) -> Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }

  /// Whether `value` is a control character, C0, DEL or C1: the part of the escaped characters a
  /// session key may not hold (bidi and invisible characters are kept in keys, and escaped when shown).
  @inlinable
  public static func isControl(value: UInt32) -> Bool {
    value <= 0x1F || (0x7F...0x9F).contains(value)
  }

  /// Whether `text` holds none of the escaped characters, so it may be printed as it is.
  public static func isPrintable(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isPlain($0, keepingNewlines: false) }
  }

  /// The escaped scalar a non-ASCII UTF-8 sequence starts with at `index`, and its length in
  /// bytes; nil when the scalar there is printed raw. Only sequences led by `C2`, `D8`, `E2` or
  /// `EF` can hold one, so the scans of other modules (JSON's writer) call this for those bytes only.
  /// Inlinable, as `isEscaped(value:)` is: those scans run on every string written.
  @inlinable
  public static func escapedScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    scalar: UInt32, length: Int
  )? {
    let byte = bytes[index]
    switch byte {
    case 0xC2, 0xD8:
      guard index + 1 < bytes.count else { return nil }
      let value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      return isEscaped(value: value) ? (value, 2) : nil
    case 0xE2, 0xEF:
      guard index + 2 < bytes.count else { return nil }
      let value =
        UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      return isEscaped(value: value) ? (value, 3) : nil
    default: return nil
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

  /// A scalar value as `U+001B`.
  public static func scalarName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `text` with the escaped characters escaped; newlines kept when `keepingNewlines`.
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
      switch byte {
      case 0x20..<0x7F: break
      case 0x0A where keepingNewlines: break
      case 0x00..<0x20, 0x7F: return false
      case 0xC2, 0xD8, 0xE2, 0xEF:
        // A sequence cut short is not taken for plain: the scalars are checked instead.
        guard index + (byte < 0xE0 ? 1 : 2) < bytes.count else { return false }
        if escapedScalar(at: index, in: bytes) != nil { return false }
      default: break
      }
      index += 1
    }
    return true
  }

  /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E). It may say no for a word
  /// that is, never yes for one that is not.
  @inline(__always)
  static func isPrintableASCII(_ word: UInt64) -> Bool {
    word.flaggingNonASCIIBytes | word.flaggingBytes(below: 0x20) | word.flaggingBytes(equalTo: 0x7F) == 0
  }
}
