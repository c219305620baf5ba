import ModelCatalog
import Testing

@Suite struct ProviderNameTests {
  @Test(arguments: [
    ("anthropic", "anthropic"),
    (" OpenAI ", "openai"),
    ("z.ai", "zai"),
    ("Z-AI", "zai"),
    ("opencode-zen", "opencode"),
    ("qwen", "qwen-portal"),
    ("kimi-code", "kimi-coding"),
    ("bedrock", "amazon-bedrock"),
    ("AWS-Bedrock", "amazon-bedrock"),
    ("\u{3000}Z.AI\u{3000}", "zai"),
    ("my-proxy", "my-proxy"),
  ])
  func mergesTheSpellingsOfTheSpec(written: String, normalized: String) {
    #expect(ProviderName.normalized(written) == normalized)
  }
}

@Suite struct ProviderSuggestionTests {
  private let known = ["anthropic", "openai", "openrouter", "google", "groq"]

  @Test func suggestsProvidersWithinTwoEditsOrSharingAPrefix() {
    #expect(ProviderName.suggestions(for: "opneai", among: known) == ["openai"])
    #expect(ProviderName.suggestions(for: "Anthropc", among: known) == ["anthropic"])
    #expect(ProviderName.suggestions(for: "open", among: known) == ["openai", "openrouter"])
    #expect(ProviderName.suggestions(for: "opneai", among: known + ["openai"]) == ["openai"])
  }

  @Test func suggestsNothingForAFarNameOrTheNameItself() {
    #expect(ProviderName.suggestions(for: "mistral", among: known) == [])
    #expect(ProviderName.suggestions(for: "openai", among: known) == [])
  }
}
