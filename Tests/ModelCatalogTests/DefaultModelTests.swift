import ModelCatalog
import ModelPinTestSupport
import Testing

/// The default model as OpenClaw users write it today (spec §4.2): bare ids, custom providers only.
@Suite struct DefaultModelTests {
  @Test func aBareDefaultTakesTheProviderOfTheOneAllowlistedModelWithThatID() throws {
    let selection = try Selections.from(
      json5: #"{agents: {defaults: {model: {primary: "gpt-5.2"}, models: {"openai/gpt-5.2": {}}}}}"#)
    #expect(selection.defaultModel == ref("openai/gpt-5.2"))
    #expect(selection.defaultModelProblem == nil)
  }

  @Test func aBareDefaultTakesTheProviderOfTheOneCatalogModelWithThatID() throws {
    let selection = try Selections.from(json5: #"{agents: {defaults: {model: "grok-4"}}}"#)
    #expect(selection.defaultModel == ref("xai/grok-4"))
  }

  @Test func aBareDefaultThatNoModelHasIsAProblem() throws {
    let selection = try Selections.from(json5: #"{agents: {defaults: {model: "nosuch-1"}}}"#)
    #expect(selection.defaultModel == ref("anthropic/nosuch-1"))
    #expect(selection.defaultModelProblem == .noModel(id: "nosuch-1"))
  }

  @Test func aBareDefaultThatSeveralModelsHaveIsAProblem() throws {
    let selection = try Selections.from(
      json5: #"{agents: {defaults: {model: "qwen3", models: {"local/qwen3": {}, "lan/qwen3": {}}}}}"#)
    #expect(selection.defaultModelProblem == .severalModels(id: "qwen3", [ref("local/qwen3"), ref("lan/qwen3")]))
  }

  @Test func customProvidersAloneGiveTheFirstOnesFirstModel() throws {
    let selection = try Selections.from(
      json5: #"{models: {providers: {local: {models: [{id: "qwen3"}, {id: "b"}]}, lan: {models: [{id: "c"}]}}}}"#)
    #expect(selection.defaultModel == ref("local/qwen3"))
    let withBuiltIn = try Selections.from(
      json5: #"{models: {providers: {local: {models: [{id: "qwen3"}]}, openai: {baseUrl: "http://proxy"}}}}"#)
    #expect(withBuiltIn.defaultModel == ref("anthropic/claude-opus-4-6"))
  }

  @Test func readsXAIAndEveryAnthropicShorthand() {
    #expect(ref("x-ai/grok-4") == ref("xai/grok-4"))
    #expect(ref("anthropic/sonnet-4.6").model == "claude-sonnet-4-6")
    #expect(ref("anthropic/Haiku-4.5").model == "claude-haiku-4-5")
    #expect(ref("anthropic/opus-4.10").model == "claude-opus-4-10")
    #expect(ref("anthropic/sonnet-4").model == "sonnet-4")
    #expect(ref("anthropic/sonnet-4.x").model == "sonnet-4.x")
  }
}
