import ModelPin
import Testing

/// Spec §7.5: language tags matched as BCP 47 does, falling back to English.
@Suite struct LanguageTests {
  @Test(arguments: ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh_TW.UTF-8", "ZH-hant-hk", "zh-yue-HK"])
  func readsTraditionalChineseTags(tag: String) {
    #expect(Language(identifier: tag) == .traditionalChinese)
  }

  @Test(arguments: ["en", "en-GB", "en_US.UTF-8", "C", "POSIX"])
  func readsEnglishTags(tag: String) {
    #expect(Language(identifier: tag) == .english)
  }

  @Test(arguments: ["zh", "zh-CN", "zh-Hans", "zh-Hans-TW", "zh-SG", "fr", "ja", "de-DE", "", "x-klingon"])
  func fallsBackToEnglishForAnyOtherTag(tag: String) {
    #expect(Language(identifier: tag) == nil)
    #expect(Language.nearest(to: tag) == .english)
  }

  @Test func aBridgeForwardsTelegramsLanguageCodeAsItIs() throws {
    #expect(Request.parse(Array(#"{"text": "/model", "lang": "fr"}"#.utf8)).map(\.language) == .success(.english))
    #expect(
      Request.parse(Array(#"{"text": "/model", "lang": "zh-hk"}"#.utf8)).map(\.language)
        == .success(.traditionalChinese))
  }
}
