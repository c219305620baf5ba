import ByteWords
import Testing

@Suite struct ByteWordsTests {
  /// Eight bytes of `filler` with `byte` at `position`, as one word.
  private func word(_ byte: UInt8, at position: Int, in filler: UInt8) -> UInt64 {
    var bytes = [UInt8](repeating: filler, count: 8)
    bytes[position] = byte
    return bytes.withUnsafeBufferPointer { UInt64(eightBytesAt: 0, of: $0) }
  }

  @Test func findsTheFirstByteBelowALimitOrEqualToAByte() {
    for byte in UInt8.min...UInt8.max {
      for position in 0..<8 {
        let plain = word(byte, at: position, in: UInt8(ascii: "a"))
        let expected = { (found: Bool) in found ? position : 8 }
        #expect(plain.flaggingBytes(below: 0x20).firstFlaggedByte == expected(byte < 0x20))
        #expect(plain.flaggingBytes(equalTo: UInt8(ascii: "\"")).firstFlaggedByte == expected(byte == 0x22))
        #expect(plain.flaggingNonASCIIBytes.firstFlaggedByte == expected(byte >= 0x80))
      }
    }
  }

  @Test func readsFewerThanEightBytesWithZerosAbove() {
    let bytes: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    let word = bytes.withUnsafeBufferPointer { UInt64(bytesAt: 2, count: 3, of: $0) }
    #expect(word == 0x05_0403)
    #expect(bytes.withUnsafeBufferPointer { UInt64(bytesAt: 0, count: 0, of: $0) } == 0)
  }

  @Test func masksTheFlagsOfTheZeroBytesAboveAShortWord() {
    let bytes = Array("ab".utf8)
    let word = bytes.withUnsafeBufferPointer { UInt64(bytesAt: 0, count: 2, of: $0) }
    // The six zero bytes above are below 0x20: flagged, then masked off.
    #expect(word.flaggingBytes(below: 0x20).firstFlaggedByte == 2)
    #expect(word.flaggingBytes(below: 0x20) & UInt64.highBits(ofFirst: 2) == 0)
    #expect(UInt64.highBits(ofFirst: 7) == 0x0080_8080_8080_8080)
  }

  @Test func readsTheFirstByteAsTheLowOne() {
    let bytes: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    let word = bytes.withUnsafeBufferPointer { UInt64(eightBytesAt: 1, of: $0) }
    #expect(word == 0x0908_0706_0504_0302)
  }
}
