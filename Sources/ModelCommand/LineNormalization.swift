import Foundation

/// Prepares a line for recognition (spec §3.2): NFKC normalization and trimming, done lazily.
///
/// NFKC through Foundation costs about 35 ms per MiB, and far more on long runs of combining
/// marks, so the parser never normalizes a whole chat line. It normalizes only what recognition
/// reads: the head of a line that starts with a slash, and the text of a command (a command is at
/// most 1 KiB once normalized). Three facts keep that exact:
/// - ASCII is NFKC-stable, so ASCII text is never handed to Foundation.
/// - Trimming commutes with NFKC: the scalars whose NFKC form is whitespace are exactly the
///   White_Space scalars, and none of them composes with a neighbour. So the raw line is trimmed.
/// - A position before a scalar of `hasBoundaryBefore` is a normalization boundary:
///   NFKC(a + b) == NFKC(a) + NFKC(b). A head cut there is an exact prefix of the normalized line.
enum LineNormalization {
  /// The fewest raw bytes a head should cover: enough for `/models:` or a `/word` of seven
  /// letters in full-width forms (three bytes each).
  static let headBytes = 32
  /// How far past its minimum a head looks for a boundary to end at. A line with no boundary
  /// there (only a flood of combining marks does that) is cut anyway; its head can then differ
  /// from the normalized line in its last combining sequence, a KiB away from anything
  /// recognition reads.
  static let headLimit = 1024

  /// Whether `scalar` is whitespace (the Unicode White_Space property).
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  /// The byte range of `bytes` without leading and trailing whitespace.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var start = 0
    while start < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: start)
      guard isWhitespace(scalar) else { break }
      start += length
    }
    var end = bytes.count
    while end > start {
      let previous = UTF8Scalars.start(before: end, in: bytes)
      guard isWhitespace(UTF8Scalars.decode(bytes, at: previous).scalar) else { break }
      end = previous
    }
    return start..<end
  }

  /// Whether the position before `scalar` is an NFKC boundary, for a conservative set of scalars.
  ///
  /// Each scalar here has canonical combining class 0, and its decomposition starts with a scalar
  /// that never composes with what precedes it: ASCII, the ideographic space, the full-width
  /// forms of ASCII, CJK ideographs, hiragana, katakana and Hangul syllables. That covers every
  /// space and punctuation mark of ordinary text, and the ideographs of text without spaces.
  @inline(__always)
  static func hasBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x7F, 0x3000, 0xFF01...0xFF5E, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3:
      true
    default: false
    }
  }

  /// The NFKC normalization of `bytes[range]`; ASCII is returned as it is.
  static func normalized(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> String {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    return UTF8Scalars.isASCII(bytes, in: range) ? text : text.precomposedStringWithCompatibilityMapping
  }

  /// Calls `body` with the normalized head of the trimmed `line` (UTF-8) and whether the head is
  /// the whole line.
  ///
  /// The head is an exact prefix of the normalized line, covering at least `minimumBytes` raw
  /// bytes (or the whole line). When those bytes and the next are ASCII, it is the raw bytes
  /// themselves.
  static func withHead<Result>(
    of bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, minimumBytes: Int,
    _ body: (_ head: UnsafeBufferPointer<UInt8>, _ isWhole: Bool) -> Result
  ) -> Result {
    let asciiEnd = min(line.upperBound, line.lowerBound + minimumBytes)
    if UTF8Scalars.isASCII(bytes, in: line.lowerBound..<asciiEnd),
      asciiEnd == line.upperBound || bytes[asciiEnd] < 0x80
    {
      return body(UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<asciiEnd]), asciiEnd == line.upperBound)
    }
    let cut = headCut(bytes, line: line, minimumBytes: minimumBytes)
    let head = Array(normalized(bytes, in: line.lowerBound..<cut).utf8)
    return head.withUnsafeBufferPointer { body($0, cut == line.upperBound) }
  }

  /// Where a head ends: the first boundary at least `minimumBytes` into the line, else the end
  /// of the line or `headLimit` past `minimumBytes`, whichever comes first.
  private static func headCut(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, minimumBytes: Int) -> Int {
    let limit = min(line.upperBound, line.lowerBound + minimumBytes + headLimit)
    var index = line.lowerBound
    while index < limit {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      if index >= line.lowerBound + minimumBytes, hasBoundaryBefore(scalar) { return index }
      index += length
    }
    return index
  }
}
