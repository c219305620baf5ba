import ModelCatalog
import Testing

@Suite struct ProviderOrderTests {
  @Test func listsKnownProvidersInTheSpecOrderThenTheRestAlphabetically() {
    let shuffled = ["zeta", "lmstudio", "deepseek", "openai", "xai", "google", "anthropic", "zai", "acme", "groq"]
    #expect(
      shuffled.sorted(by: ProviderOrder.precedes)
        == ["anthropic", "openai", "google", "zai", "groq", "xai", "lmstudio", "acme", "deepseek", "zeta"])
  }

  @Test func keepsTheSpecOrderOfEveryPreferredProvider() {
    #expect(ProviderOrder.preferred.reversed().sorted(by: ProviderOrder.precedes) == ProviderOrder.preferred)
    #expect(ProviderOrder.preferred.first == "anthropic" && ProviderOrder.preferred.last == "lmstudio")
  }

  @Test func ordersModelsByIDWithinAProviderIgnoringCase() {
    let refs = [ref("openai/gpt-5.2"), ref("minimax/MiniMax-M2"), ref("openai/gpt-5"), ref("minimax/minimax-m1")]
    #expect(
      refs.sorted(by: ProviderOrder.precedes).map(\.key)
        == ["openai/gpt-5", "openai/gpt-5.2", "minimax/minimax-m1", "minimax/MiniMax-M2"])
  }
}
