import ModelCatalog
import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct StatusCheckTests {
    private let config =
      #"{agents: {defaults: {model: {primary: "anthropic/claude-opus-4-6", fallbacks: ["openai/gpt-5.2"]}}}}"#

    private func check(_ profiles: String, environment: [String: String] = [:]) throws -> StatusCheck {
      let state = try OperatorState(config: config, auth: authFile(profiles: profiles))
      let context = try state.context(environment: environment)
      return StatusReport(context: context, store: try context.authStore()).check
    }

    private let keys = """
      "anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "sk-ant-api03-0000000000000000"},
      "openai:default": {"type": "api_key", "provider": "openai", "key": "sk-proj-00000000000000000000"}
      """

    @Test func passesWithStaticKeysForTheDefaultAndEveryFallback() throws {
      #expect(try check("{\(keys)}").exitCode == 0)
    }

    @Test func failsWhenAFallbackHasNoCredential() throws {
      let result = try check(#"{"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k"}}"#)
      #expect(result.exitCode == 1)
      #expect(
        result.problems == [.noCredential(provider: "openai", model: .init(provider: "openai", model: "gpt-5.2"))])
    }

    @Test func takesAnEnvironmentKeyAsACredential() throws {
      let result = try check(
        #"{"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k"}}"#,
        environment: ["OPENAI_API_KEY": "sk-proj-env"])
      #expect(result.exitCode == 0)
    }

    @Test func failsOnAnExpiredTokenOfAnyProvider() throws {
      let expired = #""groq:old": {"type": "token", "provider": "groq", "token": "t", "expires": \#(testNow - 1)}"#
      #expect(try check("{\(keys), \(expired)}").problems == [.expired(profile: "groq:old", provider: "groq")])
    }

    @Test func warnsWithExitTwoOnATokenExpiringWithinADay() throws {
      let expiring =
        #""anthropic:manual": {"type": "token", "provider": "anthropic", "token": "t", "expires": \#(testNow + 3 * hour)}"#
      let result = try check("{\(keys), \(expiring)}")
      #expect(result.exitCode == 2)
      #expect(result.problems == [.expiring(profile: "anthropic:manual", provider: "anthropic", in: 3 * hour)])
    }

    @Test func prefersExitOneWhenBothFailAndWarn() throws {
      let tokens = """
        "anthropic:manual": {"type": "token", "provider": "anthropic", "token": "t", "expires": \(testNow + hour)},
        "anthropic:old": {"type": "token", "provider": "anthropic", "token": "t", "expires": \(testNow - hour)}
        """
      let result = try check("{\(keys), \(tokens)}")
      #expect(result.exitCode == 1)
      #expect(result.problems.count == 2)
    }

    @Test func neverCountsAnOAuthGrantThatRenewsAsExpired() throws {
      let oauth =
        #""google:me": {"type": "oauth", "provider": "google", "access": "a", "refresh": "r", "expires": \#(testNow - hour)}"#
      #expect(try check("{\(keys), \(oauth)}").exitCode == 0)
    }

    /// A typo in the provider is said as one, with did-you-mean, never as "set OPNEAI_API_KEY".
    @Test func namesAProviderModelpinDoesNotKnowRatherThanItsVariable() throws {
      let state = try OperatorState(
        config:
          #"{agents: {defaults: {model: {primary: "anthropic/claude-opus-4-6", fallbacks: ["opneai/gpt-5.2"]}}}}"#,
        auth: authFile(profiles: "{\(keys)}"))
      let context = try state.context()
      let report = StatusReport(context: context, store: try context.authStore())
      let typo = ModelRef(provider: "opneai", model: "gpt-5.2")
      #expect(report.check.problems == [.unknownProvider(provider: "opneai", model: typo, suggestions: ["openai"])])
      #expect(report.check.exitCode == 1)
      let text = report.check.problems[0].text(context.messages, flags: StateFlags()).string
      #expect(
        text
          == "opneai is not a provider modelpin knows, so opneai/gpt-5.2 has no credential: correct the ref in the "
          + "config, or add opneai under models.providers; did you mean openai?")
      let block = report.text(in: context, style: .plain).string
      #expect(!block.contains("OPNEAI_API_KEY"))
      #expect(block.contains("opneai is not a provider modelpin knows"))
    }
  }
}
