/// Tests on eight bytes at once, loaded as one word: the JSON reader and writer and the display
/// escaping scan text with them, so that the usual bytes (plain text) cost one test per eight
/// instead of one each.
///
/// Each test returns flags: the high bit of each byte found. `(x - 0x01…01 * n) & ~x & 0x80…80`
/// flags the bytes of `x` below `n`, for `n` ≤ 0x80; a byte equal to `b` is a zero byte of
/// `x ^ (0x01…01 * b)`. A borrow may also flag a byte above one truly found, never below it, so
/// the lowest flag, which `firstFlaggedByte` finds, is always right.
///
/// Inlinable: they are a few instructions each, and a call per eight bytes would cost more than
/// the test.
extension UInt64 {
  @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
  @inlinable static var highBits: UInt64 { 0x8080_8080_8080_8080 }

  /// The eight bytes at `position` of `bytes`, which must hold them; the first is the low byte.
  @inlinable
  public init(eightBytesAt position: Int, of bytes: UnsafeBufferPointer<UInt8>) {
    self.init(littleEndian: UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self))
  }

  /// The `count` bytes at `position` of `bytes`, fewer than eight, with zero bytes above them;
  /// the first is the low byte.
  @inlinable
  public init(bytesAt position: Int, count: Int, of bytes: UnsafeBufferPointer<UInt8>) {
    // At most three loads, of four, two and one bytes, as the bits of `count` ask: a loop of
    // one load a byte cost more than the test it saves.
    let start = UnsafeRawPointer(bytes.baseAddress! + position)
    var word: UInt64 = 0
    var offset = 0
    if count & 4 != 0 {
      word = UInt64(UInt32(littleEndian: start.loadUnaligned(as: UInt32.self)))
      offset = 4
    }
    if count & 2 != 0 {
      word |= UInt64(UInt16(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: UInt16.self))) << (8 * offset)
      offset += 2
    }
    if count & 1 != 0 { word |= UInt64(start.load(fromByteOffset: offset, as: UInt8.self)) << (8 * offset) }
    self = word
  }

  /// The flag bits of the first `count` bytes, fewer than eight: flags of the zero bytes above
  /// them are masked off with it (a borrow never flags a byte below the one it comes from).
  @inlinable
  public static func highBits(ofFirst count: Int) -> UInt64 {
    highBits & ((1 << (8 * UInt64(count))) &- 1)
  }

  /// Flags the bytes below `limit`, which is at most 0x80.
  @inlinable
  public func flaggingBytes(below limit: UInt8) -> UInt64 {
    (self &- Self.ones &* UInt64(limit)) & ~self & Self.highBits
  }

  /// Flags the bytes equal to `byte`.
  @inlinable
  public func flaggingBytes(equalTo byte: UInt8) -> UInt64 {
    (self ^ (Self.ones &* UInt64(byte))).flaggingBytes(below: 1)
  }

  /// Flags the bytes that are not ASCII (high bit set).
  @inlinable
  public var flaggingNonASCIIBytes: UInt64 { self & Self.highBits }

  /// The position (0 to 7) of the first byte these flags flag; 8 when none.
  @inlinable
  public var firstFlaggedByte: Int { trailingZeroBitCount / 8 }
}
