import ModelPin
import ModelPinOperator
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

    private let mixed = authFile(
      profiles: """
        {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k1"},
         "anthropic:personal": {"type": "api_key", "provider": "anthropic", "key": "k2"},
         "anthropic:old": {"type": "token", "provider": "anthropic", "token": "t", "expires": \(testNow - hour)},
         "anthropic:blank": {"type": "api_key", "provider": "anthropic", "key": " "},
         "anthropic:billing": {"type": "api_key", "provider": "anthropic", "key": "k4"},
         "anthropic:spare": {"type": "api_key", "provider": "anthropic", "key": "k5"}}
        """,
      order:
        #"{"anthropic": ["anthropic:work", "anthropic:old", "anthropic:blank", "anthropic:billing", "anthropic:personal"]}"#,
      usageStats: """
        {"anthropic:work": {"cooldownUntil": \(testNow + hour / 2), "errorCount": 1},
         "anthropic:billing": {"disabledUntil": \(testNow + 5 * hour), "disabledReason": "billing"}}
        """)

    @Test func saysWhyEachProfileOfTheListMovedOrWasLeftOut() throws {
      let state = try OperatorState(auth: mixed)
      let context = try state.context()
      let report = try AuthOrderReport.get(provider: "anthropic", context: context)
      #expect(report.effective == ["anthropic:personal", "anthropic:work", "anthropic:billing"])
      #expect(
        report.moves.map(\.profile) == ["anthropic:work", "anthropic:old", "anthropic:blank", "anthropic:billing"])
      #expect(
        report.moves.map(\.reason) == [
          .cooling(until: testNow + hour / 2), .expired(at: testNow - hour), .noSecret,
          .disabled(reason: "billing", until: testNow + 5 * hour),
        ])
      #expect(
        report.text(context.messages).hasSuffix(
          """
          In effect now: anthropic:personal, anthropic:work, anthropic:billing
            anthropic:work: it cools down until 2026-11-24T10:30:00Z (in 30m), so it is tried last
            anthropic:old: its token expired at 2026-11-24T09:00:00Z, so it is left out
            anthropic:blank: it has no secret, so it is left out
            anthropic:billing: it is disabled (billing) until 2026-11-24T15:00:00Z (in 5h), so it is tried last
          """))
      let chinese = try state.context(language: "zh-Hant")
      #expect(
        try AuthOrderReport.get(provider: "anthropic", context: chinese).text(chinese.messages).contains(
          "  anthropic:old：它的權杖已於 2026-11-24T09:00:00Z 過期，因此不列入"))
    }

    @Test func warnsWhenASetLeavesUsableProfilesOutOrPutsAnUnusableOneFirst() throws {
      let state = try OperatorState(auth: mixed)
      let report = try AuthOrderReport.set(
        provider: "anthropic", ids: ["anthropic:old", "anthropic:work"], context: state.context())
      #expect(report.stored == ["anthropic:old", "anthropic:work"])
      #expect(
        report.warnings.map(\.string) == [
          "modelpin: warning: the order of anthropic leaves out anthropic:personal, anthropic:billing, anthropic:spare: "
            + "they have a credential but are never used; to keep them: modelpin auth order set --provider anthropic "
            + "anthropic:old anthropic:work anthropic:personal anthropic:billing anthropic:spare --state-dir ~/state",
          "modelpin: warning: anthropic:old comes first in the order of anthropic, but its token expired at "
            + "2026-11-24T09:00:00Z, so it is left out",
        ])
      let quiet = try AuthOrderReport.set(
        provider: "anthropic", ids: ["anthropic:personal", "anthropic:billing", "anthropic:spare", "anthropic:work"],
        context: state.context())
      #expect(quiet.warnings == [])
    }

    @Test func namesTheEnvironmentKeyOfAProviderWithoutProfiles() throws {
      let state = try OperatorState(auth: authFile(profiles: profiles))
      let context = try state.context(environment: ["GROQ_API_KEY": "gsk-env"])
      let report = try AuthOrderReport.get(provider: "groq", context: context)
      #expect(report.key == .environment(variable: "GROQ_API_KEY"))
      #expect(
        report.text(context.messages).hasSuffix(
          "In effect now: GROQ_API_KEY (environment), since no profile of groq can be used."))
      #expect(report.json["credential"] == .string("env:GROQ_API_KEY"))
      let none = try AuthOrderReport.get(provider: "groq", context: state.context())
      #expect(none.text(context.messages).hasSuffix("In effect now: no profile of groq can be used."))
    }

    @Test func listsTheProvidersAKeyAloneServesAfterThoseWithOrders() throws {
      let state = try OperatorState(auth: authFile(profiles: profiles))
      let context = try state.context(environment: ["GROQ_API_KEY": "gsk-env"])
      let reports = try AuthOrderReport.getAll(context: context)
      #expect(reports.map(\.provider) == ["anthropic", "openai", "groq"])
      #expect(reports.last?.key == .environment(variable: "GROQ_API_KEY"))
    }
  }
}
