/// How a message id is spelled in Swift: the `MessageConstructors` plugin names each message's
/// constructor so, and the tests that look for unused messages search for the same names.
public enum MessageNaming {
  /// `select.model_set` → `selectModelSet`; `json` and `utf8` after the first word are capitals
  /// throughout (`secretFileNotJSON`), as Swift spells acronyms.
  public static func constructorName(of id: String) -> String {
    let words = id.split(whereSeparator: { $0 == "." || $0 == "_" }).map(String.init)
    return words[0]
      + words.dropFirst().map {
        ["json", "jsonl", "utf8"].contains($0) ? $0.uppercased() : $0.prefix(1).uppercased() + $0.dropFirst()
      }
      .joined()
  }
}
