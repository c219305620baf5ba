import ModelPin
import Testing

/// Spec §4.4: the route of the next message.
@Suite struct RouteTests {
  @Test func aUserPinIsUsedEvenWhileCooling() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model opus@anthropic:work")
    fixture.report(OutcomeReport(result: .rateLimit))
    let route = fixture.send("hello").route
    #expect(route?.profile == "anthropic:work")
    #expect(route?.profileSource == .user)
    #expect(route?.cooling == true)
    #expect(route?.usableAt == InterpreterFixture.now + 30_000)
  }

  @Test func anAutoPinIsKeptWhileUsableAndRotatesWhenCooling() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("hello").route?.profile == "anthropic:work")
    #expect(fixture.send("again").route?.profile == "anthropic:work")
    fixture.report(OutcomeReport(result: .rateLimit))
    let rotated = fixture.send("hello").route
    #expect(rotated?.profile == "anthropic:personal")
    #expect(rotated?.profileSource == .auto)
    #expect(rotated?.cooling == false)
  }

  @Test func aCooledProfileComesBackTheMomentItsCooldownEnds() throws {
    let fixture = try InterpreterFixture()
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:work"))
    #expect(fixture.send("hello", session: "early", after: 29).route?.profile == "anthropic:personal")
    #expect(fixture.send("hello", session: "on-time", after: 30).route?.profile == "anthropic:work")
    #expect(fixture.send("hello", session: "early", after: 30).route?.profile == "anthropic:personal")
  }

  @Test func whenEveryProfileCoolsTheSoonestUsableIsTakenAndMarkedCooling() throws {
    let fixture = try InterpreterFixture()
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:work"))
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:work"), after: 1)
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:personal"), after: 2)
    fixture.report(OutcomeReport(result: .billing, profile: "anthropic:manual"), after: 3)
    let reply = fixture.send("hello", after: 4)
    // The retry at 1 s moved no window: anthropic:work is ready at 30 s, before anthropic:personal at 32 s.
    #expect(reply.route?.profile == "anthropic:work")
    #expect(reply.route?.cooling == true)
    #expect(reply.text.contains("ready in 26s"))
  }

  @Test func withoutProfilesTheEnvironmentKeyIsUsed() throws {
    let fixture = try InterpreterFixture(state: "allowfrom", environment: ["OPENAI_API_KEY": "sk-proj-env"])
    let route = fixture.send("/model gpt").route
    #expect(route?.profile == nil)
    #expect(route?.credential == .environment(variable: "OPENAI_API_KEY"))
  }

  /// A provider modelpin does not know is said to be one, with did-you-mean, never "set OPNEAI_API_KEY".
  @Test func aTypoProviderIsNamedAsOneRatherThanGivenAVariable() throws {
    let reply = try InterpreterFixture(state: "typo-provider").send("hello")
    #expect(reply.route?.provider == "opneai")
    #expect(reply.route?.credential == nil)
    #expect(
      reply.text.hasSuffix(
        "No credential for opneai: modelpin knows no provider opneai, so correct the model in the config or add "
          + "opneai under models.providers. Did you mean openai?"))
    #expect(!reply.text.contains("OPNEAI_API_KEY"))
  }

  @Test func withoutAnyCredentialTheReplyWarns() throws {
    let fixture = try InterpreterFixture(state: "allowfrom")
    fixture.send("/model gpt")
    let reply = fixture.send("hello")
    #expect(reply.route?.credential == nil)
    #expect(reply.text.contains("No credential for openai: set OPENAI_API_KEY"))
  }

  @Test func theRouteInTheReplyIsTheRouteAfterTheLine() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("/model gpt").route?.ref == "openai/gpt-5.2")
  }
}
