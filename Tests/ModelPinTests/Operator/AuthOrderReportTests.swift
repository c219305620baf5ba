import ModelPin
import Testing

extension OperatorTests {
  @Suite struct AuthOrderReportTests {
    private let profiles = """
      {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k1"},
       "anthropic:personal": {"type": "api_key", "provider": "anthropic", "key": "k2"},
       "openai:default": {"type": "api_key", "provider": "openai", "key": "k3"}}
      """

    @Test func storesAnOrderOfTheProvidersOwnProfiles() throws {
      let state = try OperatorState(auth: authFile(profiles: profiles))
      let report = try AuthOrderReport.set(
        provider: "Anthropic", ids: ["anthropic:personal", "anthropic:work"], context: state.context())
      #expect(report.stored == ["anthropic:personal", "anthropic:work"])
      #expect(report.effective == ["anthropic:personal", "anthropic:work"])
      #expect(state.text("agents/main/agent/auth-profiles.json")?.contains(#""anthropic": ["#) == true)
    }

    @Test func refusesProfilesThatDoNotExistOrBelongElsewhere() throws {
      let state = try OperatorState(auth: authFile(profiles: profiles))
      let before = state.text("agents/main/agent/auth-profiles.json")
      #expect(throws: OperatorFailure("no auth profile anthropic:nope; see modelpin auth list --state-dir ~/state")) {
        try AuthOrderReport.set(provider: "anthropic", ids: ["anthropic:nope"], context: state.context())
      }
      #expect(throws: OperatorFailure.self) {
        try AuthOrderReport.set(provider: "anthropic", ids: ["openai:default"], context: state.context())
      }
      #expect(state.text("agents/main/agent/auth-profiles.json") == before)
    }

    @Test func clearsTheStoredOrderSoTheConfigsApplies() throws {
      let state = try OperatorState(
        config: #"{auth: {order: {anthropic: ["anthropic:personal"]}}}"#,
        auth: authFile(profiles: profiles, order: #"{"anthropic": ["anthropic:work"]}"#))
      let cleared = try AuthOrderReport.clear(provider: "anthropic", context: state.context())
      #expect(cleared.change == .cleared(true))
      #expect(cleared.stored == nil)
      #expect(cleared.effective == ["anthropic:personal"])
      let again = try AuthOrderReport.clear(provider: "anthropic", context: state.context())
      #expect(again.change == .cleared(false))
    }

    @Test func showsEveryOrderInText() throws {
      let state = try OperatorState(
        config: #"{auth: {order: {anthropic: ["anthropic:personal"]}}}"#,
        auth: authFile(profiles: profiles, order: #"{"anthropic": ["anthropic:work"]}"#))
      let context = try state.context()
      #expect(
        try AuthOrderReport.get(provider: "anthropic", context: context).text(context.messages) == """
          Stored order of anthropic: anthropic:work
          Config order of anthropic (auth.order): anthropic:personal
          In effect now: anthropic:work
          """)
    }
  }
}
