import ModelPin
import Testing

@Suite struct MessageCatalogTests {
  @Test(arguments: Language.allCases)
  func hasEveryMessageTheCodeUsesWithItsArguments(_ language: Language) throws {
    let catalog = try MessageCatalog.load(language)
    for id in MessageID.allCases {
      #expect(catalog.arguments(of: id.rawValue) == id.arguments, "\(language.rawValue): \(id.rawValue)")
    }
  }

  @Test(arguments: Language.allCases)
  func hasNoMessageTheCodeDoesNotUse(_ language: Language) throws {
    let catalog = try MessageCatalog.load(language)
    let used = Set(MessageID.allCases.map(\.rawValue))
    #expect(catalog.ids.subtracting(used).sorted() == [])
  }

  @Test func fillsNamedArguments() throws {
    let catalog = try MessageCatalog(
      language: .english, json: Array(#"{"select.model_set": "Model set to {model}."}"#.utf8))
    #expect(catalog.text(.selectModelSet, ["model": "openai/gpt-5-mini"]) == "Model set to openai/gpt-5-mini.")
  }

  @Test func fillsAPlaceholderEveryTimeItAppearsAndShowsAMissingOne() throws {
    let catalog = try MessageCatalog(
      language: .english,
      json: Array(#"{"chat.route": "{route} → {route} {missing}!", "text.list_separator": "; "}"#.utf8))
    #expect(catalog.text(.chatRoute, ["route": "sonnet"]) == "sonnet → sonnet {missing}!")
    #expect(catalog.text(.chatRoute) == "{route} → {route} {missing}!")
    #expect(catalog.list(["a", "b"]) == "a; b")
    #expect(catalog.text(.hintModelNotAtStart).string == MessageID.hintModelNotAtStart.rawValue)
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
