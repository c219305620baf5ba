import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct CooldownClearingTests {
    private let state: OperatorState

    init() throws {
      state = try OperatorState(
        auth: authFile(
          profiles: """
            {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k1"},
             "anthropic:personal": {"type": "api_key", "provider": "anthropic", "key": "k2"}}
            """,
          usageStats: #"{"anthropic:work": {"cooldownUntil": \#(testNow + hour), "errorCount": 3}}"#))
    }

    @Test func clearsOneProfile() throws {
      let text = try CooldownClearing.clear(profile: "anthropic:work", context: state.context())
      #expect(text == "Cleared the cooldown and failure counts of anthropic:work.")
      #expect(state.text("agents/main/agent/auth-profiles.json")?.contains("cooldownUntil") == false)
    }

    @Test func saysWhenAProfileHadNothingToClear() throws {
      let before = state.text("agents/main/agent/auth-profiles.json")
      let text = try CooldownClearing.clear(profile: "anthropic:personal", context: state.context())
      #expect(text == "anthropic:personal was not cooling down or disabled; nothing changed.")
      #expect(state.text("agents/main/agent/auth-profiles.json") == before)
    }

    @Test func clearsAProviderAndNamesWhatHadACooldown() throws {
      #expect(
        try CooldownClearing.clear(provider: "anthropic", context: state.context())
          == "Cleared the cooldowns of anthropic: anthropic:work.")
      #expect(
        try CooldownClearing.clear(provider: "anthropic", context: state.context())
          == "No anthropic profile was cooling down or disabled; nothing changed.")
    }

    @Test func refusesAProfileThatDoesNotExist() throws {
      #expect(throws: OperatorFailure("no auth profile anthropic:nope; see modelpin auth list --state-dir ~/state")) {
        try CooldownClearing.clear(profile: "anthropic:nope", context: state.context())
      }
    }
  }
}
