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
/// time and stops only at `/` (0x2F) and at 0xEF, the lead byte of the full-width solidus.
enum LaterModelMention {
  /// Whether `bytes[line]` mentions `/model` after its first character.
  static func isPresent(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var index = line.lowerBound + 1
    while index + 8 <= line.upperBound {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if containsByte(word, 0x2F) || containsByte(word, 0xEF) {
        for candidate in index..<index + 8 where isMention(bytes, at: candidate, line: line) {
          return true
        }
      }
      index += 8
    }
    return (index..<line.upperBound).contains { isMention(bytes, at: $0, line: line) }
  }

  /// Whether any byte of `word` equals `byte` (the classic SWAR zero-byte test).
  @inline(__always)
  private static func containsByte(_ word: UInt64, _ byte: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let xored = word ^ (ones &* UInt64(byte))
    return (xored &- ones) & ~xored & (ones << 7) != 0
  }

  /// Whether a mention starts at `start`, which may be any byte of the line.
  private static func isMention(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Range<Int>) -> Bool {
    guard bytes[start] == 0x2F || bytes[start] == 0xEF else { return false }
    let (slash, slashLength) = UTF8Scalars.decode(bytes, at: start)
    guard folded(slash) == UInt8(ascii: "/") else { return false }
    let before = UTF8Scalars.decode(bytes, at: UTF8Scalars.start(before: start, in: bytes)).scalar
    if let character = folded(before), isWordCharacter(character) { return false }
    var index = start + slashLength
    for letter in "model".utf8 {
      guard index < line.upperBound else { return false }
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      guard let character = folded(scalar), character | 0x20 == letter else { return false }
      index += length
    }
    if endsMention(bytes, at: index, line: line) { return true }
    let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
    return folded(scalar).map { $0 | 0x20 } == UInt8(ascii: "s") && endsMention(bytes, at: index + length, line: line)
  }

  private static func endsMention(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, line: Range<Int>) -> Bool {
    guard index < line.upperBound else { return true }
    let scalar = UTF8Scalars.decode(bytes, at: index).scalar
    if let character = folded(scalar) { return !isWordCharacter(character) }
    return scalar.properties.canonicalCombiningClass == .notReordered
  }

  /// The ASCII character a scalar is after NFKC when it is ASCII, full-width ASCII or the
  /// ideographic space; nil otherwise.
  @inline(__always)
  private static func folded(_ scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x00...0x7F: UInt8(scalar.value)
    case 0xFF01...0xFF5E: UInt8(scalar.value - 0xFEE0)
    case 0x3000: UInt8(ascii: " ")
    default: nil
    }
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
