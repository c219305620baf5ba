import ModelCatalog
import Testing

@Suite struct ModelRefTests {
  @Test func splitsAtTheFirstSlash() throws {
    let ref = try #require(ModelRef.parse("openrouter/moonshotai/kimi-k2", defaultProvider: "anthropic"))
    #expect(ref.provider == "openrouter")
    #expect(ref.model == "moonshotai/kimi-k2")
    #expect(ref.key == "openrouter/moonshotai/kimi-k2")
    #expect(ref.description == ref.key)
  }

  @Test func keepsAnAtSignAfterTheSlashInTheModelID() {
    #expect(ModelRef.parse("openrouter/@preset/kimi", defaultProvider: "anthropic")?.model == "@preset/kimi")
  }

  @Test func usesTheDefaultProviderWithoutASlash() {
    #expect(ModelRef.parse("gpt-5.2", defaultProvider: "openai") == ModelRef(provider: "openai", model: "gpt-5.2"))
  }

  @Test func normalizesTheProviderAndKeepsTheCaseOfTheModel() {
    let ref = ModelRef.parse("  Z.AI/GLM-4.6 ", defaultProvider: "anthropic")
    #expect(ref?.key == "zai/GLM-4.6")
  }

  @Test(arguments: [
    ("opus-4.6", "anthropic/claude-opus-4-6"),
    ("opus-4.5", "anthropic/claude-opus-4-5"),
    ("sonnet-4.5", "anthropic/claude-sonnet-4-5"),
    ("Anthropic/Sonnet-4.5", "anthropic/claude-sonnet-4-5"),
  ])
  func expandsAnthropicShorthands(typed: String, key: String) {
    #expect(ModelRef.parse(typed, defaultProvider: "anthropic")?.key == key)
  }

  @Test func leavesShorthandsOfOtherProvidersAlone() {
    #expect(ModelRef.parse("opus-4.6", defaultProvider: "openai")?.key == "openai/opus-4.6")
  }

  @Test(arguments: ["", "   ", "/claude-opus-4-6", "openai/", " / "])
  func refusesTextWithAnEmptySide(text: String) {
    #expect(ModelRef.parse(text, defaultProvider: "anthropic") == nil)
  }

  @Test func comparesProvidersAfterNormalization() {
    var ref = ModelRef(provider: "Z-AI", model: "glm-4.6")
    #expect(ref == ModelRef(provider: "zai", model: "glm-4.6"))
    ref.provider = " Bedrock"
    #expect(ref.key == "amazon-bedrock/glm-4.6")
  }
}
