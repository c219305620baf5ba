import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct StatusReportTests {
    private let config = """
      {agents: {defaults: {
        model: {primary: "anthropic/claude-opus-4-6", fallbacks: ["openai/gpt-5.2"]},
        models: {"anthropic/claude-opus-4-6": {alias: "Opus"}, "openai/gpt-5.2": {alias: "GPT"}, "groq/llama-4": {}},
      }}}
      """
    private let secret = "sk-ant-api03-STATUSSECRET-000000000000"

    private func report(_ profiles: String = "{}", environment: [String: String] = [:]) throws
      -> (StatusReport, OperatorContext)
    {
      let state = try OperatorState(config: config, auth: authFile(profiles: profiles))
      let context = try state.context(environment: environment)
      return (StatusReport(context: context, store: try context.authStore()), context)
    }

    @Test func listsTheDefaultFallbacksAndAliases() throws {
      let (report, _) = try report()
      #expect(report.defaultModel.ref.key == "anthropic/claude-opus-4-6")
      #expect(report.defaultModel.aliases == ["Opus"])
      #expect(report.fallbacks.map(\.ref.key) == ["openai/gpt-5.2"])
      #expect(report.aliases.map(\.name) == ["Opus", "GPT"])
    }

    @Test func showsNeededProvidersAndThoseWithCredentialsOnly() throws {
      let (report, _) = try report(
        #"{"google:me": {"type": "oauth", "provider": "google", "access": "a", "refresh": "r"}}"#)
      #expect(report.providers.map(\.auth.provider) == ["anthropic", "openai", "google"])
      #expect(report.providers.map(\.neededBy.count) == [1, 1, 0])
    }

    @Test func namesTheEnvironmentKeyWhenNoProfileCanServe() throws {
      let (report, context) = try report(environment: ["ANTHROPIC_API_KEY": secret])
      let anthropic = try #require(report.providers.first)
      #expect(anthropic.auth.effective == .environment(variable: "ANTHROPIC_API_KEY"))
      let text = report.text(in: context, style: .plain).string
      #expect(text.contains("uses: env: ANTHROPIC_API_KEY"))
      #expect(text.contains("env: ANTHROPIC_API_KEY=sk-ant-a…0000"))
    }

    @Test func marksHealthOnlyWhenDecorated() throws {
      let profiles = """
        {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "\(secret)"},
         "anthropic:old": {"type": "token", "provider": "anthropic", "token": "t", "expires": \(testNow - hour)}}
        """
      let (report, context) = try report(profiles)
      let decorated = report.text(in: context, style: .decorated(colour: false)).string
      #expect(decorated.contains("  ✓ anthropic:work=sk-ant-a…0000 (next)"))
      #expect(decorated.contains("  ✗ anthropic:old=token:**** (expired)"))
      let plain = report.text(in: context, style: .plain).string
      #expect(plain.contains("  anthropic:work=sk-ant-a…0000 (next)"))
      #expect(!plain.contains("✓") && !plain.contains("\u{1B}["))
      #expect(report.text(in: context, style: .decorated(colour: true)).string.contains("\u{1B}[32m✓\u{1B}[0m"))
    }

    @Test func warnsInTextWhenANeededProviderHasNoCredential() throws {
      let (report, context) = try report()
      #expect(report.text(in: context, style: .plain).string.contains("No credential for openai: set OPENAI_API_KEY"))
    }

    @Test func keepsSecretsOutOfJSON() throws {
      let (report, _) = try report(
        #"{"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "\#(secret)"}}"#,
        environment: ["OPENAI_API_KEY": secret])
      let json = report.json.serialized()
      #expect(!json.contains(secret))
      #expect(json.contains(#""credential": "sk-ant-a…0000""#))
    }

    @Test func speaksTheLanguageOfTheContext() throws {
      let state = try OperatorState(config: config)
      let context = try state.context(language: "zh-Hant")
      let text = StatusReport(context: context, store: try context.authStore()).text(in: context, style: .plain).string
      #expect(text.contains("備援模型："))
      #expect(text.contains("[openai] 端點：預設"))
    }
  }
}
