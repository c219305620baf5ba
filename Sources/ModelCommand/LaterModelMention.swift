import ByteWords

/// Finds a `/model` later in a chat line, which is not applied (spec §3.4).
///
/// A mention is `/model` or `/models`, in any case, spelled with ASCII or full-width characters
/// (`／ｍｏｄｅｌ`), that
/// - is not at the start of the line,
/// - does not follow an ASCII letter or digit or a `/` (so `https://host/model` and `a/models`
///   are not mentions), and
/// - is followed by the end or by a character that is not an ASCII letter or digit, a `/` or a
///   combining mark (so `/modeling`, `/model/x` and `/model` + U+0301, which NFKC turns into
///   `/modeĺ`, are not mentions). CJK text may follow directly: `請用/model切換`.
/// All of these are judged after NFKC for the ASCII and full-width forms; other compatibility
/// forms (`/𝐦𝐨𝐝𝐞𝐥`) are not looked for, since this is only a hint. The scan reads eight bytes at a
/// time and looks closer only at `/` (0x2F) and 0xEF, the lead byte of the full-width solidus.
enum LaterModelMention {
  /// Whether `bytes[line]` mentions `/model` after its first character.
  static func isPresent(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Bool {
    var index = line.lowerBound + 1
    while index + 8 <= line.upperBound {
      let word = UInt64(eightBytesAt: index, of: bytes)
      // A flag may be false above a true one (see ByteWords): `isMention` then says no.
      var matches = word.flaggingBytes(equalTo: 0x2F) | word.flaggingBytes(equalTo: 0xEF)
      while matches != 0 {
        if isMention(bytes, at: index + matches.trailingZeroBitCount / 8, line: line) { return true }
        matches &= matches - 1
      }
      index += 8
    }
    return (index..<line.upperBound).contains { isMention(bytes, at: $0, line: line) }
  }

  /// Whether a mention starts at `start`, which may be any byte of the line.
  private static func isMention(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Range<Int>) -> Bool {
    guard let slash = asciiForm(bytes, at: start), slash.character == UInt8(ascii: "/") else { return false }
    var index = start + slash.length
    for letter in [UInt8(ascii: "m"), UInt8(ascii: "o"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "l")] {
      guard index < line.upperBound, let form = asciiForm(bytes, at: index), form.character | 0x20 == letter else {
        return false
      }
      index += form.length
    }
    if index < line.upperBound, let form = asciiForm(bytes, at: index), form.character | 0x20 == UInt8(ascii: "s"),
      endsMention(bytes, at: index + form.length, line: line)
    {
      return isMentionStart(bytes, at: start)
    }
    return endsMention(bytes, at: index, line: line) && isMentionStart(bytes, at: start)
  }

  /// Whether the character before `start` lets a mention start there.
  private static func isMentionStart(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    let before = asciiForm(bytes, at: UTF8Scalars.start(before: start, in: bytes))
    return before.map { !isWordCharacter($0.character) } ?? true
  }

  /// Whether a mention may end at `index`: the end, or no ASCII letter, digit, `/` or combining mark.
  private static func endsMention(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, line: Range<Int>) -> Bool {
    guard index < line.upperBound else { return true }
    if let form = asciiForm(bytes, at: index) { return !isWordCharacter(form.character) }
    return UTF8Scalars.decode(bytes, at: index).scalar.properties.canonicalCombiningClass == .notReordered
  }

  /// The ASCII character that the scalar at `index` is after NFKC, with the scalar's length, when
  /// it is ASCII, full-width ASCII (U+FF01–U+FF5E: EF BC 81 to EF BD 9E) or the ideographic space
  /// (E3 80 80); nil otherwise. Read from the bytes, without decoding the scalar.
  @inline(__always)
  private static func asciiForm(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (character: UInt8, length: Int)? {
    let lead = bytes[index]
    if lead < 0x80 { return (lead, 1) }
    if lead == 0xEF, bytes[index + 1] & 0xFE == 0xBC {
      let offset = (bytes[index + 1] & 0x01) << 6 | bytes[index + 2] & 0x3F
      return (0x01...0x5E).contains(offset) ? (offset + 0x20, 3) : nil
    }
    if lead == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return (UInt8(ascii: " "), 3) }
    return nil
  }

  /// ASCII letters, digits and `/`: what may not touch a mention.
  private static func isWordCharacter(_ character: UInt8) -> Bool {
    switch character {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"):
      true
    default: false
    }
  }
}
