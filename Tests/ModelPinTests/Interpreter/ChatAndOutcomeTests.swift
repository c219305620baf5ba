import ModelPin
import Testing

@Suite struct ChatAndOutcomeTests {
  @Test func chatChangesNoPinAndStatesTheRoute() throws {
    let fixture = try InterpreterFixture()
    let reply = fixture.send("hello there")
    #expect(reply.kind == .chat)
    #expect(reply.text == "→ Opus (anthropic/claude-opus-4-6) · anthropic:work (auto)")
    #expect(reply.hint == nil)
  }

  @Test func aModelCommandLaterInTheLineIsNotAppliedAndHinted() throws {
    let reply = try InterpreterFixture().send("please use /model gpt now")
    #expect(reply.route?.provider == "anthropic")
    #expect(reply.hint == "/model was not applied: send /model on its own line.")
  }

  @Test func aNearMissCommandGetsDidYouMean() throws {
    #expect(try InterpreterFixture().send("/modle gpt").hint?.contains("did you mean /model?") == true)
  }

  @Test func otherSlashCommandsAreChatWithoutHints() throws {
    #expect(try InterpreterFixture().send("/help").hint == nil)
  }

  @Test func controlCharactersNeverComeBackRaw() throws {
    let reply = try InterpreterFixture().send("/model opus now\u{1B}[31m")
    #expect(reply.error?.code == .invalidInput || reply.error?.code == .trailingText)
    #expect(!reply.text.contains("\u{1B}"))
  }

  @Test func theClaudeCodeOnlyMessageGetsAHint() throws {
    let reply = try InterpreterFixture().report(
      OutcomeReport(
        result: .auth,
        message:
          "This credential is only authorized for use with Claude Code and cannot be used for other API requests."))
    #expect(reply.hint?.contains("Anthropic API key") == true)
    #expect(reply.hint?.contains("anthropic:work") == true)
  }

  @Test func anUnauthorizedSenderCannotCommandButCanChat() throws {
    let fixture = try InterpreterFixture(state: "allowfrom")
    #expect(fixture.send("/model status", sender: "telegram:7").error?.code == .notAuthorized)
    #expect(fixture.send("/model sonnet", sender: "telegram:7").route?.modelSource == .default)
    #expect(fixture.send("hi", sender: "telegram:7").ok)
    #expect(fixture.send("/model sonnet", sender: "telegram:42").route?.model == "claude-sonnet-4-5")
    #expect(fixture.send("/model haiku").ok)
  }

  @Test func anUnusableSessionKeyIsRefused() throws {
    let reply = try InterpreterFixture().send("hello", session: "bad\u{7}key")
    #expect(reply.kind == .invalid)
    #expect(reply.error?.code == .invalidInput)
    #expect(!reply.session.contains("\u{7}"))
  }
}
