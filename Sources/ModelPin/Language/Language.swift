/// A language modelpin answers in (spec §7.5).
public enum Language: String, Sendable, CaseIterable {
  case english = "en"
  case traditionalChinese = "zh-Hant"

  /// The language named by a flag, variable, config value or locale, if it is one modelpin has:
  /// `en`, `en_US.UTF-8`, `zh-Hant`, `zh_TW.UTF-8`, `zh_HK`, `zh_MO`, `zh-Hant-TW`.
  public init?(identifier: String) {
    let normalized =
      identifier.split(separator: ".").first.map(String.init)?
      .replacingUnderscores().lowercased() ?? ""
    if normalized == "en" || normalized.hasPrefix("en-") || normalized == "c" || normalized == "posix" {
      self = .english
    } else if normalized.hasPrefix("zh-hant") || ["zh-tw", "zh-hk", "zh-mo"].contains(normalized) {
      self = .traditionalChinese
    } else {
      return nil
    }
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

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}
