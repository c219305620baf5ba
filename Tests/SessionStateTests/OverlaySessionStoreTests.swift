import SessionState
import Testing

@Suite struct OverlaySessionStoreTests {
  static let opus = SessionPins(model: "anthropic/claude-opus-4-6", updatedAt: 1)
  static let gpt = SessionPins(model: "openai/gpt-5-mini", profile: "openai:me", profileSource: .user, updatedAt: 2)

  /// A base store holding `main` and `telegram:dm:42`, and an overlay over it.
  static func overlay() throws -> (base: InMemorySessionStore, overlay: OverlaySessionStore) {
    let base = InMemorySessionStore()
    try base.save(opus, for: "main")
    try base.save(opus, for: "telegram:dm:42")
    return (base, OverlaySessionStore(base: base))
  }

  @Test func readsThePinsOfTheBase() throws {
    let (_, overlay) = try Self.overlay()
    #expect(try overlay.pins(for: "main") == Self.opus)
    #expect(try overlay.allPins().map(\.session) == ["main", "telegram:dm:42"])
  }

  @Test func keepsItsWritesFromTheBase() throws {
    let (base, overlay) = try Self.overlay()
    try overlay.save(Self.gpt, for: "main")
    try overlay.save(Self.gpt, for: "discord:channel:c1")
    try overlay.removePins(for: "telegram:dm:42")

    #expect(try overlay.pins(for: "main") == Self.gpt)
    #expect(try overlay.pins(for: "telegram:dm:42") == nil)
    #expect(try overlay.allPins().map(\.session) == ["discord:channel:c1", "main"])
    #expect(try base.allPins().map(\.session) == ["main", "telegram:dm:42"])
    #expect(try base.pins(for: "main") == Self.opus)
  }

  @Test func hidesBasePinsWhenEmptyPinsAreSaved() throws {
    let (_, overlay) = try Self.overlay()
    try overlay.save(SessionPins(updatedAt: 3), for: "main")
    #expect(try overlay.pins(for: "main") == nil)
    #expect(try overlay.allPins().map(\.session) == ["telegram:dm:42"])
  }

  @Test func readsEachSessionFromTheBaseOnce() throws {
    let (base, overlay) = try Self.overlay()
    #expect(try overlay.pins(for: "main") == Self.opus)
    #expect(try overlay.pins(for: "telegram:dm:7") == nil)
    try base.save(Self.gpt, for: "main")
    try base.save(Self.gpt, for: "telegram:dm:7")
    #expect(try overlay.pins(for: "main") == Self.opus)
    #expect(try overlay.pins(for: "telegram:dm:7") == nil)
    try overlay.save(Self.gpt, for: "main")
    #expect(try overlay.pins(for: "main") == Self.gpt)
  }

  @Test func savesOnlyOverThePinsTheWriterRead() throws {
    let (_, overlay) = try Self.overlay()
    // Not read yet: compared with the base's pins.
    #expect(try overlay.save(Self.gpt, for: "main", ifUnchangedFrom: nil) == false)
    #expect(try overlay.pins(for: "main") == Self.opus)
    #expect(try overlay.save(Self.gpt, for: "telegram:dm:42", ifUnchangedFrom: Self.opus))
    #expect(try overlay.pins(for: "telegram:dm:42") == Self.gpt)
    // Known: compared with what the overlay holds.
    #expect(try overlay.save(Self.gpt, for: "main", ifUnchangedFrom: Self.opus))
    #expect(try overlay.save(Self.opus, for: "main", ifUnchangedFrom: Self.opus) == false)
    #expect(try overlay.pins(for: "main") == Self.gpt)
    #expect(try overlay.save(SessionPins(), for: "main", ifUnchangedFrom: Self.gpt))
    #expect(try overlay.pins(for: "main") == nil)
    // Held by neither: nothing is what the writer read.
    #expect(try overlay.save(Self.gpt, for: "telegram:dm:7", ifUnchangedFrom: nil))
    #expect(try overlay.pins(for: "telegram:dm:7") == Self.gpt)
  }

  @Test func refusesInvalidSessionKeysOnEveryCall() throws {
    let (_, overlay) = try Self.overlay()
    for _ in 1...2 {
      #expect(throws: SessionStoreError.invalidSessionKey("", problem: .empty)) { try overlay.pins(for: "") }
      #expect(throws: SessionStoreError.self) { try overlay.pins(for: "main\n") }
      #expect(throws: SessionStoreError.self) { try overlay.save(Self.gpt, for: "main\u{7}") }
    }
  }
}
