import ModelCatalog
import Testing

@Suite struct BuiltInCatalogTests {
  @Test func loadsTheBundledCatalogWithItsDefault() throws {
    let catalog = try BuiltInCatalog.load()
    #expect(catalog.defaultModel == ref("anthropic/claude-opus-4-6"))
    #expect(catalog.models.filter(\.isDefault).map(\.ref) == [catalog.defaultModel])
    let keys = Set(catalog.models.map(\.ref.key))
    for key in [
      "anthropic/claude-opus-4-5", "anthropic/claude-sonnet-4-5", "openai/gpt-5.2", "openai/gpt-5-mini", "openai/o3",
      "google/gemini-3-flash-preview", "google/gemini-2.5-flash-lite", "openrouter/moonshotai/kimi-k2", "xai/grok-4",
      "zai/glm-4.6", "minimax/MiniMax-M2",
    ] {
      #expect(keys.contains(key), "missing \(key)")
    }
  }

  @Test func namesTheBuiltInAliasesTheWayOpenClawShowsThem() throws {
    let catalog = try BuiltInCatalog.load()
    #expect(
      catalog.aliases == [
        ModelAlias(name: "Opus", ref: ref("anthropic/claude-opus-4-6")),
        ModelAlias(name: "Sonnet", ref: ref("anthropic/claude-sonnet-4-5")),
        ModelAlias(name: "Haiku", ref: ref("anthropic/claude-haiku-4-5")),
        ModelAlias(name: "GPT", ref: ref("openai/gpt-5.2")),
        ModelAlias(name: "Gemini", ref: ref("google/gemini-3-pro-preview")),
      ])
    #expect(catalog.models.first { $0.ref.key == "openai/gpt-5.2" }?.aliases == ["GPT"])
  }

  @Test func givesEveryProviderAnAPIAndAnEndpoint() throws {
    let providers = try BuiltInCatalog.load().providers
    #expect(providers.allSatisfy { $0.api != nil && $0.defaultEndpoint != nil && $0.displayName != nil })
    let apis = Dictionary(uniqueKeysWithValues: providers.map { ($0.name, $0.api) })
    #expect(apis["anthropic"] == "anthropic-messages")
    #expect(apis["openai"] == "openai-responses")
    #expect(apis["google"] == "google-generative-ai")
    #expect(apis["openrouter"] == "openai-completions")
    #expect(providers.allSatisfy { $0.baseURL == nil })
  }

  @Test func refusesAnAliasOfAModelItLacks() {
    let json = """
      {"defaultModel": "a/x", "aliases": {"Fast": "a/y"}, "providers": [{"name": "a", "models": [{"id": "x"}]}]}
      """
    #expect(
      throws: CatalogError.invalidValue(
        key: "aliases.Fast", expected: "the provider/model ref of a model of the catalog")
    ) {
      try BuiltInCatalog(json: Array(json.utf8))
    }
  }

  @Test func refusesADefaultOutsideTheCatalog() {
    let json = #"{"defaultModel": "a/y", "providers": [{"name": "a", "models": [{"id": "x"}]}]}"#
    #expect(throws: CatalogError.self) { try BuiltInCatalog(json: Array(json.utf8)) }
  }

  @Test func refusesAModelListedTwice() {
    let json = #"{"defaultModel": "a/x", "providers": [{"name": "a", "models": [{"id": "x"}, {"id": "x"}]}]}"#
    #expect(throws: CatalogError.invalidValue(key: "providers[0].models[1].id", expected: "a model not listed twice")) {
      try BuiltInCatalog(json: Array(json.utf8))
    }
  }

  @Test func refusesTextThatIsNotJSON() {
    #expect {
      try BuiltInCatalog(json: Array("{providers: []}".utf8))
    } throws: { error in
      guard case .unparsable(let parseError) = error as? CatalogError else { return false }
      return parseError.line == 1
    }
  }
}
