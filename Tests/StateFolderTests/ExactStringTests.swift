import StateFolder
import Testing

/// Keys compare by their bytes: canonically equivalent spellings stay two keys.
@Suite struct ExactStringTests {
  @Test(arguments: [
    ("caf\u{E9}", "cafe\u{301}"), ("openai:\u{212A}elvin", "openai:Kelvin"), ("a", "b"), ("", "x"),
    (
      "discord:channel:" + String(repeating: "x", count: 40) + "1",
      "discord:channel:" + String(repeating: "x", count: 40) + "2"
    ),
  ])
  func differentBytesAreDifferentKeys(_ pair: (String, String)) {
    #expect(!pair.0.hasSameBytes(as: pair.1))
    #expect(ExactString(pair.0) != ExactString(pair.1))
    #expect(Set([ExactString(pair.0), ExactString(pair.1)]).count == 2)
  }

  @Test(arguments: ["", "main", "caf\u{E9}", "telegram:dm:" + String(repeating: "9", count: 64)])
  func theSameBytesAreTheSameKey(_ text: String) {
    let copy = String(decoding: Array(text.utf8), as: UTF8.self)
    #expect(text.hasSameBytes(as: copy))
    #expect(ExactString(text) == ExactString(copy))
    #expect(ExactString(text).hashValue == ExactString(copy).hashValue)
  }
}
