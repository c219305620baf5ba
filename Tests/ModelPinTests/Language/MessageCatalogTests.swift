import ModelPin
import ModelPinTestSupport
import Testing

@Suite struct MessageCatalogTests {
  /// English declares the messages (their constructors are made of it); every language has each
  /// of them with the same placeholders.
  @Test(arguments: Language.allCases)
  func hasEveryEnglishMessageWithItsArguments(_ language: Language) throws {
    let english = try MessageCatalog.load(.english)
    let catalog = try MessageCatalog.load(language)
    #expect(catalog.ids == english.ids)
    for id in english.ids {
      #expect(catalog.arguments(of: id) == english.arguments(of: id), "\(language.rawValue): \(id)")
    }
  }

  @Test func hasNoMessageTheCodeDoesNotUse() throws {
    #expect(
      try MessageUse.unused(MessageCatalog.load(.english).ids, in: ["Sources/ModelPin", "Sources/modelpin"]) == [])
  }

  @Test func fillsNamedArguments() throws {
    let catalog = try MessageCatalog(
      language: .english, json: Array(#"{"select.model_set": "Model set to {model}."}"#.utf8))
    #expect(catalog.text(.selectModelSet(model: "openai/gpt-5-mini")) == "Model set to openai/gpt-5-mini.")
  }

  @Test func fillsAPlaceholderEveryTimeItAppearsAndShowsAMissingOne() throws {
    let catalog = try MessageCatalog(
      language: .english,
      json: Array(#"{"chat.route": "{route} → {route} {missing}!", "text.list_separator": "; "}"#.utf8))
    #expect(catalog.text(.chatRoute(route: "sonnet")) == "sonnet → sonnet {missing}!")
    #expect(catalog.text(Message(id: "chat.route")) == "{route} → {route} {missing}!")
    #expect(catalog.list(["a", "b"]) == "a; b")
    #expect(catalog.text(.hintModelNotAtStart) == "hint.model_not_at_start")
  }

  @Test func picksTheLanguageInTheOrderOfTheSpec() {
    #expect(
      Language.select(flag: "zh-Hant", environment: ["MODELPIN_LANG": "en"], configured: nil) == .traditionalChinese)
    #expect(
      Language.select(flag: nil, environment: ["MODELPIN_LANG": "zh-Hant", "LANG": "en_US.UTF-8"], configured: "en")
        == .traditionalChinese)
    #expect(
      Language.select(flag: nil, environment: ["LANG": "en_US.UTF-8"], configured: "zh-Hant") == .traditionalChinese)
    #expect(Language.select(flag: nil, environment: ["LANG": "zh_TW.UTF-8"], configured: nil) == .traditionalChinese)
    #expect(
      Language.select(flag: nil, environment: ["LC_ALL": "zh_HK.UTF-8", "LANG": "en_US"], configured: nil)
        == .traditionalChinese)
    #expect(Language.select(flag: nil, environment: ["LANG": "zh_CN.UTF-8"], configured: nil) == .english)
    #expect(Language.select(flag: nil, environment: [:], configured: nil) == .english)
  }
}
