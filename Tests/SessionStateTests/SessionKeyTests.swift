import SessionState
import Testing

@Suite struct SessionKeyTests {
  @Test(arguments: [
    ("discord:channel:c1:thread:9", "discord:channel:c1"),
    ("telegram:group:5:topic:3", "telegram:group:5"),
    ("agent:main:slack:channel:c9:thread:1700000000.123", "agent:main:slack:channel:c9"),
    ("discord:channel:c1:THREAD:9", "discord:channel:c1"),
    ("telegram:group:5:topic:3:thread:7", "telegram:group:5:topic:3"),
    ("x:Topic:1", "x"),
    ("a:thread:topic:1", "a:thread"),
    ("ü:thread:ü", "ü"),
  ])
  func findsTheParentOfThreadAndTopicSessions(key: String, parent: String) {
    #expect(SessionKey.parent(of: key) == parent)
  }

  @Test(arguments: [
    "main", "telegram:dm:42", "discord:channel:thread", ":thread:9", "discord:channel:c1:thread:",
    "a:thread:9:topic:", ":", "a:threa", "a:thread",
  ])
  func findsNoParentWithoutAThreadOrTopicSuffix(key: String) {
    #expect(SessionKey.parent(of: key) == nil)
  }

  @Test(arguments: [
    "main", "telegram:dm:42", "discord:channel:c1:thread:9", "über chat 🌸", String(repeating: "é", count: 256),
    "a\u{A0}b", "~\u{100}",
  ])
  func acceptsOrdinaryKeys(key: String) throws {
    try SessionKey.validate(key)
  }

  @Test func rejectsAnEmptyKey() {
    #expect(throws: SessionStoreError.invalidSessionKey("", problem: .empty)) {
      try SessionKey.validate("")
    }
  }

  @Test func rejectsAKeyOverFiveHundredTwelveBytes() {
    let key = String(repeating: "é", count: 256) + "x"
    #expect(throws: SessionStoreError.invalidSessionKey(key, problem: .tooLong(bytes: 513))) {
      try SessionKey.validate(key)
    }
  }

  @Test func rejectsControlCharactersAndEscapesThemInTheMessage() throws {
    let error = try #require(throws: SessionStoreError.self) { try SessionKey.validate("main\u{1B}[31m") }
    #expect(error.description == #"invalid session key "main\u{1B}[31m": it holds the control character U+001B"#)
    #expect(throws: SessionStoreError.invalidSessionKey("a\u{85}b", problem: .controlCharacter(0x85))) {
      try SessionKey.validate("a\u{85}b")
    }
    for (key, code) in [("\u{7F}", 0x7F), ("x\u{9F}", 0x9F), ("é\u{80}", 0x80), ("a\tb", 0x09)] as [(String, UInt32)] {
      #expect(throws: SessionStoreError.invalidSessionKey(key, problem: .controlCharacter(code))) {
        try SessionKey.validate(key)
      }
    }
  }
}
