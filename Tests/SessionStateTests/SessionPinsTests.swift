import SessionState
import Testing

@Suite struct SessionPinsTests {
  @Test func countsAsEmptyWithoutModelOrProfile() {
    #expect(SessionPins().isEmpty)
    #expect(SessionPins(profileSource: .user, updatedAt: 1_764_064_800_000).isEmpty)
    #expect(!SessionPins(model: "anthropic/claude-sonnet-4-5").isEmpty)
    #expect(!SessionPins(profile: "anthropic:work", profileSource: .user).isEmpty)
  }

  @Test func staysSmallEnoughForHundredsOfThousandsOfSessions() {
    // 100,000 sessions of pins take under 5 MB besides their strings.
    #expect(MemoryLayout<SessionPins>.stride <= 48)
  }

  @Test func namesPinSourcesAsOpenClawDoes() {
    #expect(PinSource.user.rawValue == "user")
    #expect(PinSource(rawValue: "auto") == .auto)
  }
}
