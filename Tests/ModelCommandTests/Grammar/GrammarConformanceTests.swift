import Foundation
import ModelCommand
import ModelPinTestSupport
import SafeText
import Testing

/// Generates sentences from `grammars/model-command.abnf` and checks that the parser reads each
/// one with the structure, positions included, that the grammar's rules give it.
@Suite struct GrammarConformanceTests {
  private let generator: SentenceGenerator
  private let parser = ModelCommandGrammar.parser

  init() throws {
    generator = try ModelCommandGrammar.generator()
  }

  @Test func definesEveryRuleItRefersTo() throws {
    #expect(generator.grammar.undefinedNames().isEmpty)
  }

  @Test func readsEveryGeneratedCommandAsTheGrammarSays() throws {
    var random = SplitMix64(seed: 0x6D6F_6465_6C70_696E)
    var kinds: [String: Int] = [:]
    var skipped = 0
    for _ in 0..<3_000 {
      let sentence = try generator.sentence(of: "command-line", using: &random)
      guard let expected = Expectation.parsedLine(for: sentence) else {
        skipped += 1
        continue
      }
      #expect(parser.parse(sentence.text) == expected, "\(SafeText(escaping: sentence.text).string)")
      kinds[Expectation.kind(of: sentence), default: 0] += 1
    }
    for kind in Expectation.commandKinds { #expect(kinds[kind, default: 0] >= 200, "too few \(kind): \(kinds)") }
    #expect(skipped < 30, "\(skipped) sentences fell under disambiguation rule 4")
  }

  @Test func rejectsEveryGeneratedRejectedCommandAsTheGrammarSays() throws {
    var random = SplitMix64(seed: 0x7265_6A65_6374)
    var kinds: [String: Int] = [:]
    var skipped = 0
    for _ in 0..<2_000 {
      let sentence = try generator.sentence(of: "rejected-command", using: &random)
      guard let expected = Expectation.parsedLine(for: sentence) else {
        skipped += 1
        continue
      }
      #expect(parser.parse(sentence.text) == expected, "\(SafeText(escaping: sentence.text).string)")
      kinds[Expectation.kind(of: sentence), default: 0] += 1
    }
    #expect(kinds["profile-requires-model", default: 0] >= 500 && kinds["trailing-text", default: 0] >= 500)
    #expect(skipped < 60, "\(skipped) sentences fell under disambiguation rules 2 and 4")
  }

  @Test func generatesNormalizedTrimmedSentences() throws {
    var random = SplitMix64(seed: 0x6E66_6B63)
    for _ in 0..<1_000 {
      let text = try generator.sentence(of: random.element(of: ["command-line", "rejected-command"]), using: &random)
        .text
      #expect(text == text.precomposedStringWithCompatibilityMapping, "\(SafeText(escaping: text).string)")
      #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(SafeText(escaping: text).string)")
    }
  }

  @Test func readsFullWidthAndPaddedSpellingsOfEverySentenceAlike() throws {
    var random = SplitMix64(seed: 0x7769_6465)
    for _ in 0..<2_000 {
      let text = try generator.sentence(of: random.element(of: ["command-line", "rejected-command"]), using: &random)
        .text
      let spelled = Self.denormalized(text, using: &random)
      #expect(spelled.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines) == text)
      #expect(parser.parse(spelled) == parser.parse(text), "\(SafeText(escaping: spelled).string)")
    }
  }

  /// `text` as a user might type it: some ASCII in full-width forms, some spaces ideographic,
  /// and whitespace around it. NFKC and trimming turn it back into `text`.
  static func denormalized(_ text: String, using random: inout SplitMix64) -> String {
    let padding = ["", " ", "\t", "\u{3000}", "\u{A0}", "\r\n", "\u{2003}"]
    var spelled = random.element(of: padding)
    for scalar in text.unicodeScalars {
      if scalar == " ", random.chance(percent: 40) {
        spelled += "\u{3000}"
      } else if (0x21...0x7E).contains(scalar.value), random.chance(percent: 40) {
        spelled.unicodeScalars.append(Unicode.Scalar(scalar.value + 0xFEE0)!)
      } else {
        spelled.unicodeScalars.append(scalar)
      }
    }
    return spelled + random.element(of: padding)
  }
}

/// What the grammar says a sentence is, in the parser's terms.
private struct Expectation {
  static let commandKinds = [
    "show-command", "list-command", "status-command", "reset-command", "number-command", "select-command",
    "alias-command",
  ]
  private static let kinds = commandKinds + ["profile-requires-model", "trailing-text"]

  let sentence: SentenceGenerator.Sentence
  private var text: String { sentence.text }
  private var end: Int { text.utf8.count }

  /// The outermost command or rejected-command rule of a sentence.
  static func kind(of sentence: SentenceGenerator.Sentence) -> String {
    kinds.first(where: sentence.has) ?? "none"
  }

  /// The parse the grammar gives `sentence`, or nil when disambiguation rule 2 makes the
  /// leftover of a `/model list …` sentence a provider, which the grammar cannot express.
  static func parsedLine(for sentence: SentenceGenerator.Sentence) -> ParsedLine? {
    Expectation(sentence: sentence).parsedLine()
  }

  private func parsedLine() -> ParsedLine? {
    switch Self.kind(of: sentence) {
    case "show-command":
      return command(.show)
    case "list-command":
      return listCommand()
    case "status-command":
      return command(.status, keyword: sentence.range(of: "status-keyword"))
    case "reset-command":
      return command(.reset, keyword: sentence.range(of: "reset-keyword"))
    case "number-command":
      return command(.selectNumber(Self.clamped(sentence.text(of: "number"))), argument: sentence.range(of: "number"))
    case "select-command":
      return selection()
    case "alias-command":
      let alias = sentence.text(of: "alias") ?? ""
      return .command(ModelCommand(action: .aliasShortcut(alias), text: text, nameRange: 0..<1 + alias.utf8.count))
    case "profile-requires-model":
      let profile = sentence.text(of: "profile-part") ?? sentence.text(of: "loose-profile") ?? ""
      let token =
        sentence.range(of: "provider-with-profile") ?? sentence.range(of: "keyword")
        ?? sentence.range(of: "bare-profile") ?? 0..<0
      return .invalid(ParseError(.profileRequiresModel(profile: profile), range: token.lowerBound..<end))
    case "trailing-text":
      return trailingText()
    default:
      return nil
    }
  }

  /// A list-command; nil when disambiguation rule 4 makes its provider a page or `all`.
  private func listCommand() -> ParsedLine? {
    guard sentence.has("list-options") || sentence.has("list-keyword") else { return command(.providers) }
    if let provider = sentence.text(of: "provider"), Self.isListOption(provider) { return nil }
    let paging = ListPaging(
      page: sentence.text(of: "page").map(Self.clamped), limit: sentence.text(of: "limit-number").map(Self.clamped),
      all: sentence.has("all-keyword"))
    return command(
      .list(provider: sentence.text(of: "provider"), paging: paging), keyword: sentence.range(of: "list-keyword"),
      argument: sentence.range(of: "provider"))
  }

  /// Whether a word is read as a page or an option of a list (disambiguation rule 4).
  private static func isListOption(_ word: some StringProtocol) -> Bool {
    let lowered = word.lowercased()
    return lowered == "all" || (!lowered.isEmpty && lowered.utf8.allSatisfy { (0x30...0x39).contains($0) })
      || (lowered.hasPrefix("limit=") && lowered.count > 6 && lowered.dropFirst(6).allSatisfy(\.isASCII)
        && lowered.dropFirst(6).utf8.allSatisfy { (0x30...0x39).contains($0) })
  }

  /// Whether text starts the way a page or an option does (a digit, `all`, `limit=` and a digit).
  private static func startsWithListOption(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return lowered.first?.isASCII == true && lowered.first?.isNumber == true || lowered.hasPrefix("all")
      || (lowered.hasPrefix("limit=") && lowered.dropFirst(6).first?.isNumber == true)
  }

  /// A select-argument, read with disambiguation rules 2 and 3.
  private func selection() -> ParsedLine {
    let argument = sentence.range(of: "select-argument")
    let model = sentence.text(of: "pinned-model") ?? sentence.text(of: "model-part") ?? ""
    let profile = sentence.text(of: "profile-part")
    if let keyword = Self.keywordAction(model) {
      guard let profile else { return command(keyword, keyword: argument) }
      return .invalid(ParseError(.profileRequiresModel(profile: profile), range: argument))
    }
    if profile == nil, model.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      return command(.selectNumber(Self.clamped(model)), argument: argument)
    }
    return command(
      .select(model: model, profile: profile), argument: argument,
      model: sentence.range(of: "pinned-model") ?? sentence.range(of: "model-part"),
      profile: sentence.range(of: "profile-part"))
  }

  private func trailingText() -> ParsedLine? {
    if sentence.has("select-argument") {
      let reading = selection()
      // A problem in the token comes first.
      if case .invalid = reading { return reading }
      // `/model list` and a leftover: rule 2 makes the leftover's first word a provider.
      if reading == command(.list(provider: nil), keyword: sentence.range(of: "select-argument")),
        sentence.has("leftover")
      {
        return nil
      }
    }
    // A list and a leftover: rule 4 may read the leftover's first word as a page or an option,
    // or the provider as one.
    if sentence.has("list-options") {
      if let provider = sentence.text(of: "provider"), Self.isListOption(provider) { return nil }
      if let leftover = sentence.text(of: "leftover"), Self.startsWithListOption(leftover) { return nil }
    }
    let leftover = (sentence.range(of: "leftover") ?? sentence.range(of: "glued-leftover") ?? 0..<0).lowerBound..<end
    let quoted = String(decoding: Array(text.utf8)[leftover], as: UTF8.self)
    return .invalid(ParseError(.trailingText(leftover: SafeText(escaping: quoted).string), range: leftover))
  }

  private func command(
    _ action: ModelCommand.Action, keyword: Range<Int>? = nil, argument: Range<Int>? = nil,
    model: Range<Int>? = nil, profile: Range<Int>? = nil
  ) -> ParsedLine {
    let name = sentence.range(of: "models-name") ?? sentence.range(of: "model-name") ?? 0..<0
    return .command(
      ModelCommand(
        action: action, text: text, nameRange: name, keywordRange: keyword, argumentRange: argument,
        modelRange: model, profileRange: profile))
  }

  /// The action a keyword spells in any case.
  private static func keywordAction(_ word: String) -> ModelCommand.Action? {
    switch word.lowercased() {
    case "list": .list(provider: nil)
    case "status": .status
    case "default", "reset": .reset
    default: nil
    }
  }

  private static func clamped(_ digits: String?) -> Int {
    digits.flatMap { Int($0) } ?? Int.max
  }
}
