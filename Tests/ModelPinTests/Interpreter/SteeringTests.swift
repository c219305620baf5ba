import AuthProfiles
import ModelPin
import Testing

/// Spec §4.3: pins a user can steer, and replies that say where the session goes next.
@Suite struct SteeringTests {
  @Test func atAutoPinsTheModelAndDropsAUserProfilePin() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    fixture.send("/model sonnet@anthropic:personal")
    let reply = fixture.send("/model haiku@auto")
    #expect(reply.text == "Model set to Haiku (anthropic/claude-haiku-4-5). Auth profile chosen automatically again.")
    #expect(reply.route?.model == "claude-haiku-4-5")
    #expect(reply.route?.profileSource == .auto)
    #expect(reply.route?.profile == "anthropic:work")
  }

  @Test func atAutoIsReadInAnyCaseAndNeverAsAProfile() throws {
    let reply = try InterpreterFixture(state: "catalog").send("/model sonnet@AUTO")
    #expect(reply.ok && reply.route?.profileSource == .auto)
  }

  @Test func aCoolingUserPinSaysHowToUnpin() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    fixture.send("/model sonnet@anthropic:work")
    fixture.report(OutcomeReport(result: .rateLimit))
    let chat = fixture.send("hello")
    #expect(chat.route?.cooling == true)
    #expect(chat.text.contains("send /model sonnet@auto to let modelpin choose a credential again."))
    #expect(fixture.send("/model sonnet@auto").route?.profile == "anthropic:personal")
  }

  @Test func anOutcomeSaysWhereTheNextMessagesGo() throws {
    let reply = try InterpreterFixture(state: "catalog").report(OutcomeReport(result: .rateLimit))
    #expect(
      reply.text
        == "Recorded rate_limit for anthropic:work (usable again in 30s). Next messages use anthropic:personal.")
    #expect(reply.route?.profile == "anthropic:personal")
  }

  @Test func selectingAModelWithoutACredentialWarns() throws {
    let reply = try InterpreterFixture(state: "catalog").send("/model gpt")
    #expect(reply.ok)
    #expect(
      reply.text.hasSuffix(
        "No credential for openai: set OPENAI_API_KEY or add an auth profile (modelpin auth paste-token --provider openai --state-dir ~/catalog)."
      ))
  }

  @Test func aThreadWithoutAModelPinTakesItsParentsUserPinEvenAfterSpeaking() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    #expect(fixture.send("first", session: "discord:channel:c1:thread:9").route?.profileSource == .auto)
    fixture.send("/model sonnet@anthropic:personal", session: "discord:channel:c1")
    let spoke = fixture.send("again", session: "discord:channel:c1:thread:9").route
    #expect(spoke?.profile == "anthropic:personal" && spoke?.profileSource == .user)
    let never = fixture.send("hi", session: "discord:channel:c1:thread:10").route
    #expect(never?.profile == "anthropic:personal" && never?.profileSource == .user)
  }

  @Test func aThreadWithItsOwnModelPinKeepsItsOwnProfile() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    fixture.send("/model haiku", session: "discord:channel:c1:thread:9")
    fixture.send("/model sonnet@anthropic:personal", session: "discord:channel:c1")
    #expect(fixture.send("hi", session: "discord:channel:c1:thread:9").route?.profile == "anthropic:work")
  }
}
