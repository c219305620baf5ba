import ByteWords
import SafeText

extension JSONValue {
  /// The document as JSON text: two-space indented with a final newline when `pretty`, else compact.
  public func serialized(pretty: Bool = true) -> String {
    var output = JSONOutput(capacity: 256)
    write(to: &output, depth: pretty ? 0 : nil)
    if pretty { output.append(UInt8(ascii: "\n")) }
    return output.text
  }

  /// Writes the value as UTF-8; `depth` is the indentation level when pretty, nil when compact.
  private func write(to output: inout JSONOutput, depth: Int?) {
    switch self {
    case .null: output.append("null")
    case .bool(let value): output.append(value ? "true" : "false")
    case .number(let text): output.append(contentsOf: text)
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append("[]") }
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        JSONValue.writeLineBreak(depth.map { $0 + 1 }, to: &output)
        element.write(to: &output, depth: depth.map { $0 + 1 })
      }
      JSONValue.writeLineBreak(depth, to: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let object):
      guard !object.isEmpty else { return output.append("{}") }
      output.append(UInt8(ascii: "{"))
      for (index, (key, value)) in object.members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        JSONValue.writeLineBreak(depth.map { $0 + 1 }, to: &output)
        JSONValue.writeString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        if depth != nil { output.append(UInt8(ascii: " ")) }
        value.write(to: &output, depth: depth.map { $0 + 1 })
      }
      JSONValue.writeLineBreak(depth, to: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  /// A newline and the indentation of `depth` when pretty; nothing when compact.
  private static func writeLineBreak(_ depth: Int?, to output: inout JSONOutput) {
    guard let depth else { return }
    output.append(UInt8(ascii: "\n"))
    for _ in 0..<2 * depth { output.append(UInt8(ascii: " ")) }
  }

  /// Writes a JSON string literal, escaping quotes, backslashes, every control character (C0,
  /// DEL, C1), U+2028 and U+2029 (which end lines in JavaScript), and the bidi and invisible
  /// characters that reorder or hide text on a terminal, so the JSON text never shows them raw.
  ///
  /// Works on the UTF-8 bytes: runs that need no escape, the usual case, are copied whole.
  @usableFromInline
  static func writeString(_ text: String, to output: inout JSONOutput) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var run = 0
      var index = 0
      while index < bytes.count {
        if bytes.count - index >= 8 {
          // Skips the next eight bytes when they are plain, else up to the first one to check.
          let flags = flaggingBytesToCheck(UInt64(eightBytesAt: index, of: bytes))
          index += flags.firstFlaggedByte
          if flags == 0 { continue }
        } else if bytes.count >= 8 {
          // Fewer than eight bytes left: tests the last eight bytes at once, with the flags of
          // those before `index` (already handled) shifted out. A borrow they carry may still
          // flag a plain byte, which the byte-by-byte path below then lets through.
          let passed = index - (bytes.count - 8)
          if flaggingBytesToCheck(UInt64(eightBytesAt: bytes.count - 8, of: bytes)) >> (8 * passed) == 0 {
            index = bytes.count
            continue
          }
        } else {
          // Fewer than eight bytes in all, as most names and ids: tests those left at once too.
          let left = bytes.count - index
          let flags =
            flaggingBytesToCheck(UInt64(bytesAt: index, count: left, of: bytes)) & UInt64.highBits(ofFirst: left)
          index += min(flags.firstFlaggedByte, left)
          if flags == 0 { continue }
        }
        let byte = bytes[index]
        // Printable ASCII other than `"` and `\`, the usual case, is copied as it is.
        if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
          index += 1
          continue
        }
        // The scalar to escape here and its length in bytes, if any.
        let escaped: (scalar: UInt32, length: Int)
        switch byte {
        case 0x00...0x1F, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x7F:
          escaped = (UInt32(byte), 1)
        case 0xC2, 0xD8, 0xE2, 0xEF:
          // The one definition of what must not be shown raw (C1 controls, separators, bidi and
          // invisible characters): their UTF-8 sequences all start with one of these bytes.
          guard let scalar = DisplayCharacters.escapedScalar(at: index, in: bytes) else {
            index += 1
            continue
          }
          escaped = scalar
        default:
          index += 1
          continue
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[run..<index]))
        writeEscape(escaped.scalar, to: &output)
        index += escaped.length
        run = index
      }
      output.append(UnsafeBufferPointer(rebasing: bytes[run...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Flags the bytes of `word` that are not printable ASCII other than `"` and `\`: the bytes
  /// that may need an escape.
  private static func flaggingBytesToCheck(_ word: UInt64) -> UInt64 {
    word.flaggingNonASCIIBytes | word.flaggingBytes(below: 0x20) | word.flaggingBytes(equalTo: UInt8(ascii: "\""))
      | word.flaggingBytes(equalTo: UInt8(ascii: "\\")) | word.flaggingBytes(equalTo: 0x7F)
  }

  /// `\"`, `\\`, `\n`, `\r`, `\t`, else `\u` and four lowercase hex digits.
  private static func writeEscape(_ scalar: UInt32, to output: inout JSONOutput) {
    output.append(UInt8(ascii: "\\"))
    switch scalar {
    case 0x22: output.append(UInt8(ascii: "\""))
    case 0x5C: output.append(UInt8(ascii: "\\"))
    case 0x0A: output.append(UInt8(ascii: "n"))
    case 0x0D: output.append(UInt8(ascii: "r"))
    case 0x09: output.append(UInt8(ascii: "t"))
    default:
      output.append(UInt8(ascii: "u"))
      for shift in stride(from: 12, through: 0, by: -4) {
        let digit = UInt8(scalar >> UInt32(shift) & 0xF)
        output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
      }
    }
  }
}
