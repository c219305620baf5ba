/// A language modelpin answers in (spec §7.5).
public enum Language: String, Sendable, CaseIterable {
  case english = "en"
  case traditionalChinese = "zh-Hant"

  /// The language named by a flag, variable, config value, locale or BCP 47 tag, if it is one
  /// modelpin has: `en`, `en_US.UTF-8`, `zh-Hant`, `zh_TW.UTF-8`, `zh-HK`, `zh-Hant-TW`.
  ///
  /// Tags are matched as BCP 47 does (spec §7.5), case-insensitively, `_` read as `-`, a POSIX
  /// locale's `.encoding` and `@modifier` ignored: Chinese in the Traditional script (`Hant`), or
  /// with no script and a region that writes it (TW, HK, MO), is Traditional Chinese; Chinese in
  /// another script (`zh-Hans`) or region (`zh-CN`), and `zh` alone, are not.
  public init?(identifier: String) {
    let locale = identifier.split(separator: "@").first?.split(separator: ".").first ?? ""
    let subtags = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
    guard let language = subtags.first else { return nil }
    switch language {
    case "en", "c", "posix":
      self = .english
    case "zh":
      // After the language: extended language subtags (3 letters), then a script (4 letters),
      // then a region (2 letters or 3 digits).
      let rest = subtags.dropFirst().drop { $0.count == 3 && $0.allSatisfy(\.isLetter) }
      let script = rest.first.flatMap { $0.count == 4 ? $0 : nil }
      let region = rest.dropFirst(script == nil ? 0 : 1).first
      if let script {
        guard script == "hant" else { return nil }
      } else {
        guard let region, ["tw", "hk", "mo"].contains(region) else { return nil }
      }
      self = .traditionalChinese
    default:
      return nil
    }
  }

  /// The catalog for a tag a bridge passes as it is (Telegram's `language_code`): its language
  /// when modelpin has it, else English (spec §7.3, §7.5). Never fails.
  public static func nearest(to tag: String) -> Language {
    Language(identifier: tag) ?? .english
  }

  /// The language in the order of §7.5: `--lang`, `MODELPIN_LANG`, config `display.language`,
  /// the locale (`LC_ALL`, then `LANG`), else English. Unknown names are skipped.
  public static func select(flag: String?, environment: [String: String], configured: String?) -> Language {
    let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
      .compactMap { $0 }
      .first { !$0.isEmpty }
    let candidates = [flag, environment["MODELPIN_LANG"], configured, locale]
    for case let candidate? in candidates {
      if let language = Language(identifier: candidate) { return language }
    }
    return .english
  }
}
