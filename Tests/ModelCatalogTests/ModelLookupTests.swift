import Testing

@testable import ModelCatalog

@Suite struct ModelLookupTests {
  @Test func findsAKeyTypedAsItIsButNotOneThatReadsAsAnother() throws {
    let selection = try Selections.from(json5: #"{models: {providers: {anthropic: {models: [{id: "opus-4.6"}]}}}}"#)
    #expect(selection.lookup.byKey["openai/gpt-5.2"].map { selection.models[$0].ref } == ref("openai/gpt-5.2"))
    #expect(selection.lookup.byKey["anthropic/opus-4.6"] == nil)
    #expect(selection.lookup.position(of: ref("anthropic/opus-4.6")) != nil)
  }

  @Test func leavesOutModelIDsThatTwoProvidersShare() throws {
    let lookup = try Selections.from("custom-providers.json5").lookup
    #expect(lookup.byUniqueID["gpt-5.2"] == nil)
    #expect(lookup.byUniqueID["gpt-5-mini"] != nil)
  }

  @Test func findsAliasesByTheirLowercasedName() throws {
    let selection = try Selections.from("allowlist.json5")
    #expect(selection.lookup.byAlias["flash"].map { selection.models[$0].ref } == ref("google/gemini-3-flash-preview"))
    #expect(selection.lookup.byAlias["gpt"] != nil && selection.lookup.byAlias["GPT"] == nil)
  }

  @Test func findsAStoredPinByItsKeyOrByReadingIt() throws {
    let selection = try Selections.from(json5: #"{models: {providers: {anthropic: {models: [{id: "opus-4.6"}]}}}}"#)
    #expect(selection.selectableModel(key: "openai/gpt-5.2")?.ref == ref("openai/gpt-5.2"))
    #expect(selection.selectableModel(key: "anthropic/opus-4.6")?.ref == ref("anthropic/opus-4.6"))
    #expect(selection.selectableModel(key: "anthropic/claude-sonnet-4-5")?.aliases == ["Sonnet"])
    #expect(selection.selectableModel(key: "acme/none") == nil)
  }

  @Test func keepsTheDefaultModelWithItsAliases() throws {
    let builtIn = try Selections.builtIn().defaultCatalogModel
    #expect(builtIn.ref == ref("anthropic/claude-opus-4-6"))
    #expect(builtIn.aliases == ["Opus"])
    #expect(builtIn.isDefault)
    let configured = try Selections.from(json5: #"{agents: {defaults: {model: "openai/gpt-5.2"}}}"#).defaultCatalogModel
    #expect(configured.ref == ref("openai/gpt-5.2"))
    #expect(configured.isDefault)
  }
}
