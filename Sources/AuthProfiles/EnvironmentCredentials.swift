import StateFolder

/// A provider's credential from the environment (spec §5.4), used when it has no profile.
public struct EnvironmentCredential: Sendable, Equatable {
  /// The variable that holds it, e.g. `ANTHROPIC_API_KEY`.
  public var variable: String
  /// The secret; mask it before showing it (`maskSecret`).
  public var value: String

  public init(variable: String, value: String) {
    self.variable = variable
    self.value = value
  }

  /// Where it comes from, as status shows it: `env: ANTHROPIC_API_KEY`.
  public var source: String { "env: \(variable)" }

  /// The variables of known providers, in the order they are tried.
  private static let knownVariables: [String: [String]] = [
    "anthropic": ["ANTHROPIC_OAUTH_TOKEN", "ANTHROPIC_API_KEY"],
    "openai": ["OPENAI_API_KEY"],
    "google": ["GEMINI_API_KEY"],
    "openrouter": ["OPENROUTER_API_KEY"],
    "xai": ["XAI_API_KEY"],
    "groq": ["GROQ_API_KEY"],
    "mistral": ["MISTRAL_API_KEY"],
    "cerebras": ["CEREBRAS_API_KEY"],
    "moonshot": ["MOONSHOT_API_KEY"],
    "zai": ["ZAI_API_KEY", "Z_AI_API_KEY"],
  ]

  /// The variables tried for a provider (normalized here), first to last; a provider not in the
  /// table uses `<PROVIDER>_API_KEY`, uppercased with `-` as `_` (`github-copilot`: `GITHUB_COPILOT_API_KEY`).
  public static func variables(for provider: String) -> [String] {
    let provider = ProviderName.normalized(provider)
    return knownVariables[provider] ?? [provider.uppercased().replacing("-", with: "_") + "_API_KEY"]
  }

  /// The first variable of the provider that is set (the process environment before `.env`,
  /// for each variable); nil when none is.
  public static func lookup(provider: String, environment: Environment) -> EnvironmentCredential? {
    for variable in variables(for: provider) {
      if let value = environment[variable] { return EnvironmentCredential(variable: variable, value: value) }
    }
    return nil
  }
}
