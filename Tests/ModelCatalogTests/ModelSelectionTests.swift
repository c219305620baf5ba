import ModelCatalog
import ModelPinTestSupport
import Testing

@Suite struct ModelSelectionTests {
  @Test func offersTheWholeBuiltInCatalogWithoutAConfig() throws {
    let selection = try Selections.builtIn()
    #expect(selection.defaultModel == ref("anthropic/claude-opus-4-6"))
    #expect(selection.fallbacks.isEmpty)
    #expect(selection.models.count == (try BuiltInCatalog.load()).models.count)
    #expect(selection.aliasNames == ["Opus", "Sonnet", "Haiku", "GPT", "Gemini"])
    #expect(selection.aliases(of: ref("anthropic/claude-haiku-4-5")) == ["Haiku"])
    #expect(selection.isSelectable(ref("xai/grok-4")))
  }

  @Test func listsTheBuiltInCatalogInTheStableOrder() throws {
    let selection = try Selections.builtIn()
    let text =
      selection.list(provider: nil).enumerated().map { number, model in
        let aliases = model.aliases.isEmpty ? "" : " (\(model.aliases.joined(separator: ", ")))"
        return "\(number + 1). \(model.ref.key)\(aliases)\(model.isDefault ? " default" : "") - \(model.name ?? "")"
      }.joined(separator: "\n") + "\n"
    let difference = try Golden.difference(text, goldenFile: "catalog/built-in-list.txt")
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func listsProvidersInTheSpecOrderThenAlphabetically() throws {
    #expect(
      try Selections.builtIn().providers == [
        "anthropic", "openai", "minimax", "google", "zai", "openrouter", "groq", "cerebras", "mistral", "xai",
        "deepseek", "moonshot",
      ])
  }

  @Test func filtersTheListByANormalizedProvider() throws {
    let selection = try Selections.builtIn()
    #expect(selection.list(provider: " Z.AI").map(\.ref.key) == ["zai/glm-4.5", "zai/glm-4.5-air", "zai/glm-4.6"])
    #expect(selection.list(provider: "nobody").isEmpty)
  }

  @Test func offersOnlyTheAllowlistWhenOneIsConfigured() throws {
    let selection = try Selections.from("allowlist.json5")
    #expect(
      selection.models.map(\.ref.key) == [
        "anthropic/claude-opus-4-6", "anthropic/claude-sonnet-4-5", "openai/gpt-5.2", "google/gemini-3-flash-preview",
        "openrouter/@preset/kimi",
      ])
    #expect(!selection.isSelectable(ref("openai/gpt-5.1")))
    #expect(selection.models.first?.name == "Claude Opus 4.6")
    #expect(selection.models.last?.name == nil)
    #expect(selection.provider("openrouter")?.api == "openai-completions")
  }

  @Test func replacesTheBuiltInAliasesWithTheAllowlists() throws {
    let selection = try Selections.from("allowlist.json5")
    #expect(selection.aliasNames == ["Opus", "Sonnet", "GPT", "flash"])
    #expect(selection.aliases(of: ref("google/gemini-3-flash-preview")) == ["flash"])
    #expect(selection.aliases(of: ref("openrouter/@preset/kimi")).isEmpty)
  }

  @Test func addsTheModelsAndEndpointsOfConfiguredProviders() throws {
    let selection = try Selections.from("custom-providers.json5")
    #expect(selection.defaultModel == ref("local/qwen3-coder-30b"))
    #expect(selection.fallbacks == [ref("anthropic/claude-sonnet-4-5")])
    #expect(selection.list(provider: "local").map(\.name) == [nil, "Qwen3 Coder 30B"])
    #expect(selection.isSelectable(ref("local/Llama-3.3-8B")))
    #expect(selection.isSelectable(ref("openai/gpt-5.1")))
    #expect(selection.providers.suffix(3) == ["local", "moonshot", "proxy"])
    let local = try #require(selection.provider("local"))
    #expect(local.baseURL == "http://127.0.0.1:1234/v1" && local.api == "openai-completions")
    let anthropic = try #require(selection.provider("Anthropic"))
    #expect(anthropic.baseURL == "https://anthropic-gateway.example.com")
    #expect(anthropic.api == "anthropic-messages" && anthropic.defaultEndpoint == "https://api.anthropic.com")
    #expect(selection.provider("zai")?.api == "anthropic-messages")
    #expect(selection.provider("proxy")?.api == nil)
    #expect(selection.provider("nobody") == nil)
  }

  @Test func marksTheConfiguredDefaultInTheList() throws {
    let selection = try Selections.from("custom-providers.json5")
    #expect(selection.models.filter(\.isDefault).map(\.ref) == [ref("local/qwen3-coder-30b")])
  }

  @Test func alwaysOffersTheDefaultAndTheFallbacks() throws {
    let selection = try Selections.from("no-allowlist.json5")
    #expect(selection.defaultModel == ref("lmstudio/qwen3-8b"))
    #expect(selection.fallbacks == [ref("openrouter/@preset/kimi"), ref("anthropic/claude-opus-4-6")])
    #expect(selection.isSelectable(ref("lmstudio/qwen3-8b")))
    #expect(selection.isSelectable(ref("openrouter/@preset/kimi")))
    #expect(selection.providers.contains("lmstudio"))
    #expect(selection.provider("lmstudio") == ProviderInfo(name: "lmstudio"))
  }

  @Test func givesEachAgentItsOwnDefaultModel() throws {
    let main = try Selections.from("agents.json5", agent: "main")
    #expect(main.defaultModel == ref("anthropic/claude-sonnet-4-5"))
    #expect(main.fallbacks == [ref("openai/gpt-5.2")])
    #expect(
      main.models.map(\.ref.key) == ["anthropic/claude-opus-4-6", "anthropic/claude-sonnet-4-5", "openai/gpt-5.2"])

    let work = try Selections.from("agents.json5", agent: "work")
    #expect(work.defaultModel == ref("google/gemini-2.5-pro"))
    #expect(work.fallbacks == [ref("openai/gpt-5.2")])
    #expect(work.isSelectable(ref("google/gemini-2.5-pro")))

    let cheap = try Selections.from("agents.json5", agent: "cheap")
    #expect(cheap.defaultModel == ref("anthropic/claude-haiku-4-5"))
    #expect(cheap.fallbacks == [ref("openai/gpt-5-mini")])
    #expect(!cheap.isSelectable(ref("openai/gpt-5.2")))
  }

  @Test func usesTheDefaultsForAnAgentNotInTheList() throws {
    let selection = try Selections.from("agents.json5", agent: "elsewhere")
    #expect(selection.defaultModel == ref("anthropic/claude-sonnet-4-5"))
  }
}
