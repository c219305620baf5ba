import SessionState
import Testing

@Suite struct InMemorySessionStoreTests {
  @Test func keepsPinsOfEachStoreApart() throws {
    let first = InMemorySessionStore()
    let second = InMemorySessionStore()
    try first.save(SessionPins(model: "openai/gpt-5-mini"), for: "main")
    #expect(try first.pins(for: "main")?.model == "openai/gpt-5-mini")
    #expect(try second.pins(for: "main") == nil)
  }

  @Test func holdsAHundredThousandSessions() throws {
    let store = InMemorySessionStore()
    let pins = SessionPins(model: "anthropic/claude-opus-4-6", profile: "anthropic:work", profileSource: .auto)
    for index in 0..<100_000 {
      try store.save(pins, for: "telegram:dm:\(index)")
    }
    #expect(try store.allPins().count == 100_000)
    #expect(try store.pins(for: "telegram:dm:99999") == pins)
  }
}
