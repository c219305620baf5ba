import ModelPin
import ModelPinOperator
import SessionState
import Testing

extension OperatorTests {
  @Suite struct SessionsReportTests {
    private let sessionsPath = "agents/main/sessions/sessions.json"
    private let sessions = """
      {
        "telegram:dm:42": {"sessionId": "a", "updatedAt": 1795514400000, "providerOverride": "anthropic",
                           "modelOverride": "claude-sonnet-4-5", "authProfileOverride": "anthropic:work",
                           "authProfileOverrideSource": "user"},
        "discord:channel:c1": {"sessionId": "b", "modelOverride": "openai/gpt-5.2"},
        "gone": {"sessionId": "c", "authProfileOverride": "anthropic:deleted", "authProfileOverrideSource": "user"},
        "untouched": {"sessionId": "d", "channel": "telegram"}
      }
      """

    private func report() throws -> (SessionsReport, OperatorContext, OperatorState) {
      let state = try OperatorState(
        auth: authFile(profiles: #"{"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k"}}"#),
        files: [sessionsPath: sessions])
      let context = try state.context()
      return (SessionsReport(kind: .json, context: context), context, state)
    }

    @Test func listsSessionsWithPinsSortedByKey() throws {
      let (report, _, _) = try report()
      #expect(try report.list().map(\.session) == ["discord:channel:c1", "gone", "telegram:dm:42"])
    }

    @Test func describesPinsAndWhenTheyChanged() throws {
      let (report, _, state) = try report()
      let text = report.listText(try report.list()).string
      let lines = text.split(separator: "\n").map(String.init)
      #expect(
        lines == [
          "SESSION             MODEL                        PROFILE                   UPDATED",
          "discord:channel:c1  openai/gpt-5.2               -                         -",
          "gone                -                            anthropic:deleted (user)  -",
          "telegram:dm:42      anthropic/claude-sonnet-4-5  anthropic:work (user)     0s ago",
        ])
      let later = try state.context(now: testNow + 3_600_000)
      #expect(SessionsReport(kind: .json, context: later).listText(try report.list()).hasSuffix("(user)     1h ago"))
    }

    @Test func showsTheRouteOfAThreadFromItsParent() throws {
      let (report, context, _) = try report()
      let detail = try report.show("discord:channel:c1:thread:9")
      #expect(detail.entry == nil)
      #expect(detail.parent == "discord:channel:c1")
      #expect(detail.route?.ref == "openai/gpt-5.2")
      #expect(detail.text(context.messages, now: context.now).string.contains("Parent:       discord:channel:c1"))
    }

    @Test func showsWithoutWritingEvenWhenAPinIsStale() throws {
      let (report, _, state) = try report()
      _ = try report.show("gone")
      #expect(state.text(sessionsPath) == sessions)
    }

    @Test func clearsPinsAndKeepsTheSessionsOtherFields() throws {
      let (report, _, state) = try report()
      #expect(try report.clear("telegram:dm:42"))
      #expect(try !report.clear("telegram:dm:42"))
      let file = try #require(state.text(sessionsPath))
      #expect(file.contains(#""sessionId": "a""#))
      #expect(!file.contains("claude-sonnet-4-5"))
    }

    @Test func refusesAnUnusableSessionKey() throws {
      let (report, _, _) = try report()
      #expect(throws: OperatorFailure.self) { try report.show("") }
    }
  }
}
