import AuthProfiles
import StateFolder
import Testing

@Suite struct EnvironmentCredentialsTests {
  @Test(arguments: [
    ("anthropic", ["ANTHROPIC_OAUTH_TOKEN", "ANTHROPIC_API_KEY"]), ("openai", ["OPENAI_API_KEY"]),
    ("google", ["GEMINI_API_KEY"]), ("openrouter", ["OPENROUTER_API_KEY"]), ("xai", ["XAI_API_KEY"]),
    ("groq", ["GROQ_API_KEY"]), ("mistral", ["MISTRAL_API_KEY"]), ("cerebras", ["CEREBRAS_API_KEY"]),
    ("moonshot", ["MOONSHOT_API_KEY"]), ("Z.AI", ["ZAI_API_KEY", "Z_AI_API_KEY"]),
    ("github-copilot", ["GITHUB_COPILOT_API_KEY"]), ("minimax", ["MINIMAX_API_KEY"]),
  ])
  func triesTheVariablesOfEachProviderInOrder(provider: String, variables: [String]) {
    #expect(EnvironmentCredential.variables(for: provider) == variables)
  }

  @Test func takesTheFirstVariableThatIsSet() {
    let environment = Environment(process: ["ANTHROPIC_API_KEY": "sk-ant-api", "ANTHROPIC_OAUTH_TOKEN": "sk-ant-oat"])
    #expect(
      EnvironmentCredential.lookup(provider: "anthropic", environment: environment)
        == EnvironmentCredential(variable: "ANTHROPIC_OAUTH_TOKEN", value: "sk-ant-oat"))
  }

  @Test func prefersTheProcessEnvironmentToDotEnv() {
    let environment = Environment(process: ["OPENAI_API_KEY": "from-process"], dotEnv: ["OPENAI_API_KEY": "from-file"])
    #expect(EnvironmentCredential.lookup(provider: "openai", environment: environment)?.value == "from-process")
  }

  @Test func readsDotEnvWhenTheProcessLacksTheVariable() {
    let environment = Environment(process: ["OPENAI_API_KEY": ""], dotEnv: ["OPENAI_API_KEY": "from-file"])
    #expect(EnvironmentCredential.lookup(provider: "openai", environment: environment)?.value == "from-file")
  }

  @Test func findsNothingWhenNoVariableIsSet() {
    #expect(EnvironmentCredential.lookup(provider: "groq", environment: Environment(process: ["HOME": "/h"])) == nil)
  }

  @Test func namesItsVariableAsItsSource() {
    #expect(EnvironmentCredential(variable: "ZAI_API_KEY", value: "k").source == "env: ZAI_API_KEY")
  }
}
