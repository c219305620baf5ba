import Testing

@testable import ModelCommand

@Suite struct UTF8ScalarsTests {
  @Test func decodesScalarsOfEveryLength() {
    let text = "a\u{E9}日\u{1D426}"
    let bytes = Array(text.utf8)
    var decoded: [Unicode.Scalar] = []
    var index = 0
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      decoded.append(scalar)
      index += length
    }
    #expect(decoded == Array(text.unicodeScalars))
  }

  @Test func stepsBackToTheStartOfThePreviousScalar() {
    let bytes = Array("a\u{E9}日\u{1D426}".utf8)
    #expect(UTF8Scalars.start(before: bytes.count, in: bytes) == 6)
    #expect(UTF8Scalars.start(before: 6, in: bytes) == 3)
    #expect(UTF8Scalars.start(before: 3, in: bytes) == 1)
    #expect(UTF8Scalars.start(before: 1, in: bytes) == 0)
  }

  @Test func findsNonASCIIAtEveryOffsetOfTheEightByteScan() {
    for length in 0..<20 {
      var ascii = Array(repeating: UInt8(ascii: "a"), count: length)
      ascii.withUnsafeBufferPointer { #expect(UTF8Scalars.isASCII($0, in: 0..<length)) }
      for position in 0..<length {
        ascii[position] = 0xC3
        ascii.withUnsafeBufferPointer {
          #expect(!UTF8Scalars.isASCII($0, in: 0..<length), "length \(length), position \(position)")
          #expect(UTF8Scalars.isASCII($0, in: position + 1..<length))
        }
        ascii[position] = UInt8(ascii: "a")
      }
    }
  }
}
