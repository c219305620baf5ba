import ModelCatalog
import StateFolder
import Testing

@Suite struct UnknownConfiguredRefTests {
  private func unknown(_ text: String, otherProviders: [String] = []) throws -> [UnknownConfiguredRef] {
    let config = try ConfigLoader.parse(Array(text.utf8), path: "test.json5")
    return UnknownConfiguredRef.all(in: config, catalog: try BuiltInCatalog.load(), otherProviders: otherProviders)
  }

  @Test func namesATypoInTheProviderWithTheRefItMeant() throws {
    let found = try unknown(#"{agents: {defaults: {model: "opneai/gpt-5.2"}}}"#)
    #expect(found.map(\.key) == ["agents.defaults.model"])
    #expect(found.first?.ref == "opneai/gpt-5.2")
    #expect(found.first?.reason == .provider("opneai"))
    #expect(found.first?.suggestions == ["openai/gpt-5.2"])
  }

  @Test func namesATypoInTheModelWithTheModelItMeant() throws {
    let found = try unknown(
      #"{agents: {defaults: {model: {primary: "anthropic/claude-opus-4-6", fallbacks: ["anthropic/claude-sonet-4-5"]}}}}"#
    )
    #expect(found.map(\.key) == ["agents.defaults.model.fallbacks"])
    #expect(found.first?.reason == .model)
    #expect(found.first?.suggestions.first == "anthropic/claude-sonnet-4-5")
  }

  @Test func checksTheAllowlistAndEachAgentOnce() throws {
    let found = try unknown(
      """
      {agents: {defaults: {models: {"opneai/gpt-5.2": {}, "anthropic/claude-opus-4-6": {alias: "opus"}}},
                list: [{id: "ops", model: "opneai/gpt-5.2"}, {id: "dev", model: "anthropic/claude-haku-4-5"}]}}
      """)
    #expect(found.map(\.key) == ["agents.defaults.models", "agents.list[dev].model"])
  }

  @Test func leavesKnownRefsAndAliasesAlone() throws {
    #expect(try unknown(#"{agents: {defaults: {model: {primary: "sonnet", fallbacks: ["openai/gpt-5.2"]}}}}"#) == [])
  }

  /// An aggregator's catalog is open, and a model may be newer than the built-in one: only what
  /// looks like a typo of a known model is named.
  @Test func leavesModelsThatLookLikeNoTypoAlone() throws {
    let config = """
      {agents: {defaults: {models: {"openrouter/@preset/kimi": {}, "anthropic/zzzz-unreleased-99": {}}}}}
      """
    #expect(try unknown(config) == [])
  }

  @Test func takesAModelNewerThanTheCatalogOnceItIsListedUnderItsProvider() throws {
    let newer = #"agents: {defaults: {model: "anthropic/claude-opus-5"}}"#
    #expect(try unknown("{\(newer)}").map(\.reason) == [.model])
    #expect(try unknown(#"{\#(newer), models: {providers: {anthropic: {models: [{id: "claude-opus-5"}]}}}}"#) == [])
  }

  @Test func takesConfiguredProvidersAndThoseOfStoredProfilesAsKnown() throws {
    let config = """
      {agents: {defaults: {model: {primary: "myproxy/anything", fallbacks: ["copilot/gpt-x"]}}},
       models: {providers: {myproxy: {baseUrl: "http://localhost:8080"}}}}
      """
    #expect(try unknown(config, otherProviders: ["copilot"]) == [])
    #expect(try unknown(config).map(\.ref) == ["copilot/gpt-x"])
  }

  @Test func namesAConfiguredProviderWithoutAnEndpointThatLooksLikeABuiltInOneMistyped() throws {
    let found = try unknown(
      """
      {agents: {defaults: {model: "opneai/gpt-5.2"}},
       models: {providers: {opneai: {apiKey: "sk"}, "amazon-bedrock": {}, myproxy: {baseUrl: "http://proxy"}}}}
      """)
    #expect(found.map(\.reason) == [.configuredProvider("opneai")])
    #expect(found.first?.suggestions == ["openai"])
  }
}
