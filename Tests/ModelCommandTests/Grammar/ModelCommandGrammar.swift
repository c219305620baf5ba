import ModelCommand
import ModelPinTestSupport

/// `grammars/model-command.abnf`, with values for its prose rules and a parser that knows the
/// same aliases: what the grammar-driven tests share.
enum ModelCommandGrammar {
  /// The aliases the `alias` prose rule draws from, as configured.
  static let aliases = ["sonnet", "Opus", "gpt-4o", "Ωmega", "克勞德"]

  /// Letters, marks and digits for `unicode-letter`: NFKC-stable, and composing with nothing.
  static let unicodeLetters = ["é", "ß", "ж", "Ω", "日", "語", "ア", "한", "ि", "٣"]

  /// A parser that knows `aliases`.
  static let parser = CommandParser(aliases: aliases)

  /// The grammar, read from the package.
  static func grammar() throws -> ABNFGrammar {
    try ABNFGrammar(contentsOf: PackageRoot.url("grammars/model-command.abnf"))
  }

  /// A generator of the grammar's sentences, with values for its prose rules.
  static func generator() throws -> SentenceGenerator {
    SentenceGenerator(
      grammar: try grammar(),
      prose: [
        "alias": { random in
          random.element(of: aliases).map { random.chance(percent: 50) ? $0.uppercased() : String($0) }.joined()
        },
        "unicode-letter": { random in random.element(of: unicodeLetters) },
      ])
  }
}
