import ByteWords

/// Reading Unicode scalars straight from UTF-8 bytes, without building a `String`.
///
/// The bytes always come from a Swift `String`, so they are valid UTF-8; a malformed sequence
/// (which cannot occur) would read as U+FFFD rather than trap.
enum UTF8Scalars {
  /// The scalar that starts at `index`, and its length in bytes.
  @inline(__always)
  static func decode<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, at index: Int
  ) -> (scalar: Unicode.Scalar, length: Int) where Bytes.Index == Int {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = lead & (0x7F >> UInt32(length))
    for offset in 1..<length {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The index where the scalar ending just before `index` starts.
  @inline(__always)
  static func start<Bytes: RandomAccessCollection<UInt8>>(
    before index: Int, in bytes: Bytes
  ) -> Int where Bytes.Index == Int {
    var start = index - 1
    while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// Whether every byte in `range` is ASCII, eight bytes at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index + 8 <= range.upperBound {
      if UInt64(eightBytesAt: index, of: bytes).flaggingNonASCIIBytes != 0 { return false }
      index += 8
    }
    return bytes[index..<range.upperBound].allSatisfy { $0 < 0x80 }
  }
}
