import ModelCatalog
import StateFolder
import Testing

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
