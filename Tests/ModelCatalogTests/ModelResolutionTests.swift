import ModelCatalog
import Testing

@Suite struct ModelResolutionTests {
  // MARK: - The spec's smoke cases

  @Test(arguments: [
    ("opus", "anthropic/claude-opus-4-6"),
    ("Sonnet", "anthropic/claude-sonnet-4-5"),
    ("gpt", "openai/gpt-5.2"),
    ("flash", "google/gemini-3-flash-preview"),
  ])
  func resolvesTheSmokeAliases(typed: String, key: String) throws {
    #expect(try Selections.from("allowlist.json5").resolve(typed) == .selected(ref(key), via: .alias))
  }

  @Test func resolvesAnAllowlistedPresetOutsideEveryCatalog() throws {
    let resolution = try Selections.from("allowlist.json5").resolve("openrouter/@preset/kimi")
    #expect(resolution == .selected(ModelRef(provider: "openrouter", model: "@preset/kimi"), via: .ref))
  }

  @Test func findsNoModelForNoSuchModelAnywhere() throws {
    #expect(try Selections.from("allowlist.json5").resolve("no-such-model-anywhere") == .unknown(suggestions: []))
  }

  // MARK: - Rule 1: aliases

  @Test(arguments: ["OPUS", "oPuS", " opus "])
  func matchesAliasesIgnoringCase(typed: String) throws {
    #expect(try Selections.builtIn().resolve(typed) == .selected(ref("anthropic/claude-opus-4-6"), via: .alias))
  }

  @Test func matchesAnAliasOnlyWithoutASlash() throws {
    let resolution = try Selections.from("allowlist.json5").resolve("google/flash")
    #expect(resolution == .selected(ref("google/gemini-3-flash-preview"), via: .fuzzy))
  }

  @Test func forgetsTheBuiltInAliasesUnderAnAllowlist() throws {
    #expect(try Selections.from("allowlist.json5").resolve("haiku") == .unknown(suggestions: []))
    #expect(
      try Selections.from("no-allowlist.json5").resolve("haiku")
        == .selected(ref("anthropic/claude-haiku-4-5"), via: .alias))
  }

  // MARK: - Rules 2 and 3: refs

  @Test(arguments: [
    ("OpenAI/gpt-5.2", "openai/gpt-5.2"),
    ("Z.AI/glm-4.6", "zai/glm-4.6"),
    ("z-ai/glm-4.5-air", "zai/glm-4.5-air"),
    ("claude-sonnet-4-0", "anthropic/claude-sonnet-4-0"),
    ("opus-4.5", "anthropic/claude-opus-4-5"),
    ("anthropic/sonnet-4.5", "anthropic/claude-sonnet-4-5"),
    ("openrouter/moonshotai/kimi-k2", "openrouter/moonshotai/kimi-k2"),
  ])
  func selectsASelectableRef(typed: String, key: String) throws {
    #expect(try Selections.builtIn().resolve(typed) == .selected(ref(key), via: .ref))
  }

  @Test func readsAShorthandEvenWhenAProviderConfiguresItAsAnID() throws {
    let selection = try Selections.from(json5: #"{models: {providers: {anthropic: {models: [{id: "opus-4.6"}]}}}}"#)
    #expect(selection.isSelectable(ref("anthropic/opus-4.6")))
    #expect(selection.resolve("anthropic/opus-4.6") == .selected(ref("anthropic/claude-opus-4-6"), via: .ref))
  }

  @Test func readsABareModelIDAsOneOfTheDefaultProvider() throws {
    #expect(
      try Selections.from("custom-providers.json5").resolve("Llama-3.3-8B")
        == .selected(ref("local/Llama-3.3-8B"), via: .ref))
  }

  // MARK: - Rule 4: a model id unique across providers

  @Test func findsTheOnlyModelWithThatID() throws {
    #expect(try Selections.builtIn().resolve("gpt-5-mini") == .selected(ref("openai/gpt-5-mini"), via: .uniqueID))
    #expect(
      try Selections.from("no-allowlist.json5").resolve("claude-sonnet-4-0")
        == .selected(ref("anthropic/claude-sonnet-4-0"), via: .uniqueID))
  }

  @Test func asksWhichProviderWhenTwoHaveTheID() throws {
    #expect(
      try Selections.from("custom-providers.json5").resolve("gpt-5.2")
        == .ambiguous([ref("openai/gpt-5.2"), ref("proxy/gpt-5.2")]))
  }

  @Test func neverSwapsATypedProviderForAnother() throws {
    #expect(
      try Selections.builtIn().resolve("xai/claude-opus-4-6")
        == .unknown(suggestions: [
          "anthropic/claude-opus-4-6", "anthropic/claude-opus-4-1", "anthropic/claude-opus-4-5",
        ]))
  }

  // MARK: - Rule 5: fuzzy

  @Test func picksAClearFuzzyWinner() throws {
    let selection = try Selections.builtIn()
    #expect(selection.resolve("gpt5") == .selected(ref("openai/gpt-5"), via: .fuzzy))
    #expect(selection.resolve("sonet") == .selected(ref("anthropic/claude-sonnet-4-5"), via: .fuzzy))
    #expect(selection.resolve("gemini-2.5-flsh") == .selected(ref("google/gemini-2.5-flash"), via: .fuzzy))
  }

  @Test func selectsATypoWhoseRunnerUpIsThirtyPointsBehind() throws {
    // widget-pro: one edit, 140; widget-pro-lite: too many edits, one variant word, −30
    let selection = try Selections.from(
      json5: #"{agents: {defaults: {models: {"acme/widget-pro": {}, "acme/widget-pro-lite": {}}}}}"#)
    #expect(selection.resolve("widgetpro") == .selected(ref("acme/widget-pro"), via: .fuzzy))
  }

  @Test func neverGuessesBetweenModelsThatHoldTheText() throws {
    // widget-pro scores 220 and widget-pro-lite 190, but both hold "widget"
    let selection = try Selections.from(
      json5: #"{agents: {defaults: {models: {"acme/widget-pro": {}, "acme/widget-pro-lite": {}}}}}"#)
    #expect(selection.resolve("widget") == .ambiguous([ref("acme/widget-pro"), ref("acme/widget-pro-lite")]))
  }

  @Test(arguments: [
    (
      "kimi",
      [
        "moonshot/kimi-k2-thinking", "openrouter/moonshotai/kimi-k2", "groq/moonshotai/kimi-k2-instruct-0905",
        "moonshot/kimi-k2-0905-preview", "moonshot/kimi-k2-turbo-preview",
      ]
    ),
    ("gpt-4", ["openai/gpt-4o", "openai/gpt-4.1", "openai/gpt-4.1-mini"]),
    ("mini", ["minimax/MiniMax-M2", "openai/gpt-4.1-mini", "openai/gpt-5-mini", "openai/o4-mini", "xai/grok-3-mini"]),
    ("flash", ["google/gemini-2.5-flash", "google/gemini-2.5-flash-lite", "google/gemini-3-flash-preview"]),
    ("gemini-2.5", ["google/gemini-2.5-flash", "google/gemini-2.5-pro", "google/gemini-2.5-flash-lite"]),
  ])
  func asksWhichModelForTheSpecsAmbiguousFragments(typed: String, keys: [String]) throws {
    #expect(try Selections.builtIn().resolve(typed) == .ambiguous(keys.map(ref)))
  }

  @Test(arguments: ["grok", "claude"])
  func asksWhichModelForAFamilyName(typed: String) throws {
    guard case .ambiguous(let candidates) = try Selections.builtIn().resolve(typed) else {
      Issue.record("\(typed) selected a model")
      return
    }
    #expect(candidates.count >= 5)
  }

  @Test func namesTheOneCandidateOfAClearTypo() throws {
    let selection = try Selections.builtIn()
    #expect(selection.resolve("sonet") == .selected(ref("anthropic/claude-sonnet-4-5"), via: .fuzzy))
    #expect(selection.resolve("opsu") == .unknown(suggestions: ["Opus"]))
    #expect(selection.resolve("gtp-5.2") == .unknown(suggestions: ["openai/gpt-5.2"]))
  }

  @Test func asksWhenTheRunnerUpIsOnlyTheDefaultBonusBehind() throws {
    // widget-a 310 with the default's 20, widget-b 290
    let selection = try Selections.from(
      json5: #"{agents: {defaults: {model: "acme/widget-a", models: {"acme/widget-a": {}, "acme/widget-b": {}}}}}"#)
    #expect(selection.resolve("widget") == .ambiguous([ref("acme/widget-a"), ref("acme/widget-b")]))
  }

  @Test func listsTheCandidatesThatAreAboutAsGoodBestFirst() throws {
    let resolution = try Selections.builtIn().resolve("claude-opus")
    #expect(
      resolution
        == .ambiguous(["anthropic/claude-opus-4-6", "anthropic/claude-opus-4-1", "anthropic/claude-opus-4-5"].map(ref)))
  }

  @Test func acceptsAWeakerMatchWhenAProviderIsTyped() throws {
    // "spar" only starts the alias Sparrow: 90 points
    let selection = try Selections.from(json5: #"{agents: {defaults: {models: {"acme/x-one": {alias: "Sparrow"}}}}}"#)
    #expect(selection.resolve("acme/spar") == .selected(ref("acme/x-one"), via: .fuzzy))
    #expect(selection.resolve("spar") == .unknown(suggestions: ["acme/x-one"]))
  }

  // MARK: - Rule 6: unknown, with suggestions

  @Test func suggestsUpToThreeModelsByTheWordsTyped() throws {
    #expect(
      try Selections.builtIn().resolve("gemini-pro")
        == .unknown(suggestions: ["google/gemini-2.5-pro", "google/gemini-3-pro-preview", "google/gemini-2.5-flash"]))
  }

  @Test func suggestsTheAliasOfAMistypedAlias() throws {
    #expect(try Selections.builtIn().resolve("opsu") == .unknown(suggestions: ["Opus"]))
  }

  @Test func suggestsTheAllowedModelForAModelOutsideTheAllowlist() throws {
    #expect(
      try Selections.from("allowlist.json5").resolve("openai/gpt-5.1") == .unknown(suggestions: ["openai/gpt-5.2"]))
  }

  @Test func findsNothingForEmptyText() throws {
    #expect(try Selections.builtIn().resolve("  ") == .unknown(suggestions: []))
  }
}
