import ModelPin
import ModelPinOperator
import ModelPinTestSupport
import Testing

extension OperatorTests {
  @Suite struct TokenPasteTests {
    private let token = "sk-ant-oat01-PASTED-0000000000000000"
    private let authPath = "agents/main/agent/auth-profiles.json"

    @Test func storesATokenProfileUnderTheDefaultID() throws {
      let state = try OperatorState()
      let text = try TokenPaste(provider: "Anthropic", profileID: nil, lifetime: 2 * hour)
        .save(token + "\n", context: state.context())
      #expect(text == "Saved anthropic:manual=token:sk-ant-o…0000, expiring in 2h.")
      let stored = try #require(state.text(authPath))
      #expect(stored.contains(#""type": "token""#))
      #expect(stored.contains(#""token": "\#(token)""#))
      #expect(stored.contains(#""expires": \#(testNow + 2 * hour)"#))
    }

    @Test func putsTheProfileFirstInTheStoredOrder() throws {
      let state = try OperatorState(
        auth: authFile(
          profiles: #"{"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k"}}"#,
          order: #"{"anthropic": ["anthropic:work"]}"#))
      let text = try TokenPaste(provider: "anthropic", profileID: "anthropic:cli", lifetime: nil)
        .save(token, context: state.context())
      #expect(text.hasSuffix("It is now first in the order of anthropic."))
      #expect(
        try AuthOrderReport.get(provider: "anthropic", context: state.context()).stored == [
          "anthropic:cli", "anthropic:work",
        ])
    }

    @Test func saysWhenTheConfigsOrderLeavesTheProfileOut() throws {
      let state = try OperatorState(
        config: #"{auth: {order: {anthropic: ["anthropic:work"]}}}"#,
        auth: authFile(profiles: #"{"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k"}}"#))
      let text = try TokenPaste(provider: "anthropic", profileID: nil, lifetime: nil).save(
        token, context: state.context())
      #expect(text.contains("anthropic:manual is not in the order of anthropic, so it is not used yet"))
    }

    @Test(arguments: ["openai:x", "anthropic", "anthropic:", "manual"])
    func refusesAProfileIDOfAnotherProvider(_ id: String) throws {
      let state = try OperatorState()
      #expect(throws: OperatorFailure.self) {
        try TokenPaste(provider: "anthropic", profileID: id, lifetime: nil).save(token, context: state.context())
      }
      #expect(state.text(authPath) == nil)
    }

    @Test func acceptsOnlySubscriptionTokensForSetupToken() throws {
      let state = try OperatorState()
      let setup = TokenPaste(provider: "anthropic", profileID: nil, lifetime: nil, requiresSubscriptionToken: true)
      #expect(throws: OperatorFailure.self) {
        try setup.save("sk-ant-api03-NOTOAT-0000000000000", context: state.context())
      }
      #expect(state.text(authPath) == nil)
      _ = try setup.save(token, context: state.context())
      #expect(state.text(authPath)?.contains(token) == true)
    }

    @Test func keepsSetupTokenToAnthropic() throws {
      let setup = TokenPaste(provider: "openai", profileID: nil, lifetime: nil, requiresSubscriptionToken: true)
      #expect(throws: OperatorFailure.self) { try setup.validate(OperatorState().context().messages) }
    }

    @Test func refusesAnEmptyOrMultilineToken() throws {
      let state = try OperatorState()
      let paste = TokenPaste(provider: "anthropic", profileID: nil, lifetime: nil)
      #expect(throws: OperatorFailure("no token for anthropic:manual on standard input; paste it, or pipe it in")) {
        try paste.save(" \n", context: state.context())
      }
      #expect(throws: OperatorFailure.self) { try paste.save("one\ntwo", context: state.context()) }
      #expect(state.text(authPath) == nil)
    }

    @Test func neverOverwritesABrokenFileAndNamesWhereItBreaks() throws {
      let broken = try Fixtures.text("auth/broken.json")
      let state = try OperatorState(auth: broken)
      let paste = TokenPaste(provider: "anthropic", profileID: nil, lifetime: nil)
      do {
        _ = try paste.save(token, context: state.context())
        Issue.record("a broken file was written")
      } catch let failure as OperatorFailure {
        #expect(
          failure.description.hasPrefix("cannot read ~/state/agents/main/agent/auth-profiles.json: line 4, column"))
      }
      #expect(state.text(authPath) == broken)
    }
  }
}
