import ModelCommand
import ModelPinTestSupport
import SafeText
import Testing

/// Mutates generated sentences and checks that the parser never traps, keeps its promises on
/// what it returns, and gives the specific error for control characters and oversize input.
@Suite struct GrammarMutationTests {
  private let generator: SentenceGenerator
  private let parser = ModelCommandGrammar.parser

  init() throws {
    generator = try ModelCommandGrammar.generator()
  }

  /// Scalars a mutation inserts: controls, bidi and invisible characters, full-width forms,
  /// combining marks, ideographic space.
  private static let insertedScalars: [Unicode.Scalar] = [
    "\u{0}", "\u{7}", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{200B}", "\u{202E}", "\u{2028}",
    "\u{2066}", "\u{FEFF}", "\u{3000}", "\u{FF0F}", "\u{FF20}", "\u{FF1A}", "\u{301}", "\u{3099}", "\u{1D426}",
  ]

  /// Non-whitespace characters that a command may not hold.
  private static let controlScalars: [Unicode.Scalar] = [
    "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9B}", "\u{61C}", "\u{200B}", "\u{202E}", "\u{2066}", "\u{FEFF}",
  ]

  @Test func neverTrapsOnMutatedSentences() throws {
    var random = SplitMix64(seed: 0x6D75_7461_7465)
    for _ in 0..<3_000 {
      var bytes = try Array(sentence(using: &random).utf8)
      for _ in 0..<random.int(in: 1...4) { Self.mutate(&bytes, using: &random) }
      let result = parser.parse(utf8: bytes)
      if String(validating: bytes, as: UTF8.self) == nil {
        #expect(result == .invalid(ParseError(.invalidUTF8)), "\(bytes)")
      } else {
        Self.checkPromises(of: result, line: bytes)
      }
    }
  }

  @Test func rejectsControlCharactersAnywhereAfterTheCommandName() throws {
    var random = SplitMix64(seed: 0x636F_6E74_726F_6C)
    var checked = 0
    while checked < 1_000 {
      let sentence = try generator.sentence(
        of: random.element(of: ["command-line", "rejected-command"]), using: &random)
      guard let name = sentence.range(of: "models-name") ?? sentence.range(of: "model-name") else { continue }
      let text = sentence.text
      let offsets = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) }
      let offset = random.element(of: (offsets + [text.utf8.count]).filter { $0 >= name.upperBound })
      let scalar = random.element(of: Self.controlScalars)
      var bytes = Array(text.utf8)
      let inserted = Array(String(scalar).utf8)
      bytes.insert(contentsOf: inserted, at: offset)
      let expected = ParseError(.controlCharacter(scalar: scalar.value), range: offset..<offset + inserted.count)
      #expect(
        parser.parse(utf8: bytes) == .invalid(expected),
        "\(SafeText(escaping: String(decoding: bytes, as: UTF8.self)).string)")
      checked += 1
    }
  }

  @Test func rejectsCommandsPaddedPastOneKiB() throws {
    var random = SplitMix64(seed: 0x7061_6464)
    var checked = 0
    while checked < 300 {
      let sentence = try generator.sentence(of: "command-line", using: &random)
      guard sentence.has("model-name") || sentence.has("models-name") else { continue }
      // ASCII and full-width padding normalize to the same text; past 4 KiB as received the
      // received size is reported.
      let padding = String(repeating: "a", count: random.int(in: 1_025...2_000))
      let fullWidth = String(repeating: "ａ", count: random.int(in: 1_025...1_300))
      let huge = String(repeating: "ａ", count: 1_400)
      let ascii = sentence.text + " " + padding
      #expect(parser.parse(ascii) == .invalid(ParseError(.commandTooLong(bytes: ascii.utf8.count))))
      let wide = sentence.text + "\u{3000}" + fullWidth
      let wideSize = sentence.text.utf8.count + 1 + fullWidth.unicodeScalars.count
      #expect(parser.parse(wide) == .invalid(ParseError(.commandTooLong(bytes: wideSize))))
      let hugeLine = sentence.text + " " + huge
      #expect(parser.parse(hugeLine) == .invalid(ParseError(.commandTooLong(bytes: hugeLine.utf8.count))))
      checked += 1
    }
  }

  @Test func rejectsSentencesPaddedPastOneMiB() throws {
    var random = SplitMix64(seed: 0x6D69_62)
    for _ in 0..<20 {
      let text = try sentence(using: &random)
      let line = text + String(repeating: " x", count: CommandParser.maximumLineBytes / 2)
      let expected = ParsedLine.invalid(ParseError(.lineTooLong(bytes: line.utf8.count)))
      #expect(parser.parse(line) == expected)
      #expect(parser.parse(utf8: Array(line.utf8)) == expected)
    }
  }

  @Test func readsHugeRepeatsOfSentences() throws {
    var random = SplitMix64(seed: 0x6875_6765)
    for _ in 0..<20 {
      let sentence = try generator.sentence(
        of: random.element(of: ["command-line", "rejected-command"]), using: &random)
      let separator = random.element(of: ["", " ", "\n", "／"])
      let count = (CommandParser.maximumLineBytes - 8) / (sentence.text.utf8.count + separator.utf8.count)
      let line = Array(repeating: sentence.text, count: count).joined(separator: separator)
      let result = parser.parse(line)
      Self.checkPromises(of: result, line: Array(line.utf8))
      guard let name = sentence.range(of: "models-name") ?? sentence.range(of: "model-name") else { continue }
      // A bare `/model` glued to the next copy (`/model/model…`) is no longer a command.
      if name.upperBound < sentence.text.utf8.count || [" ", "\n"].contains(separator) {
        #expect(result == .invalid(ParseError(.commandTooLong(bytes: line.utf8.count))))
      } else {
        #expect(result == .chat(ChatLine()))
      }
    }
  }

  /// A sentence of either start rule, as typed or in full-width forms.
  private func sentence(using random: inout SplitMix64) throws -> String {
    let text = try generator.sentence(of: random.element(of: ["command-line", "rejected-command"]), using: &random).text
    return random.chance(percent: 30) ? GrammarConformanceTests.denormalized(text, using: &random) : text
  }

  /// Inserts, deletes, replaces or repeats bytes, or inserts a scalar of `insertedScalars`.
  private static func mutate(_ bytes: inout [UInt8], using random: inout SplitMix64) {
    let offset = random.int(in: 0...bytes.count)
    switch random.int(in: 0...4) {
    case 0:
      bytes.insert(UInt8(random.int(in: 0...255)), at: offset)
    case 1 where !bytes.isEmpty:
      bytes.remove(at: min(offset, bytes.count - 1))
    case 2 where !bytes.isEmpty:
      bytes[min(offset, bytes.count - 1)] = UInt8(random.int(in: 0...255))
    case 3:
      let slice = bytes[offset..<min(bytes.count, offset + random.int(in: 1...8))]
      bytes.insert(contentsOf: Array(repeating: Array(slice), count: random.int(in: 1...200)).joined(), at: offset)
    default:
      bytes.insert(contentsOf: Array(String(random.element(of: insertedScalars)).utf8), at: offset)
    }
  }

  /// What the parser promises about any result: commands are short, free of control characters
  /// and their ranges point at their parts; echoed text is already safe to display.
  static func checkPromises(of result: ParsedLine, line: [UInt8]) {
    let context = Comment(rawValue: SafeText(escaping: String(decoding: line.prefix(200), as: UTF8.self)).string)
    switch result {
    case .command(let command):
      let text = Array(command.text.utf8)
      func part(_ range: SourceRange?) -> String? {
        range.map { String(decoding: text[$0.clamped(to: 0..<text.count)], as: UTF8.self) }
      }
      #expect(text.count <= CommandParser.maximumCommandBytes, context)
      #expect(
        SafeText(escaping: command.text.replacing("\t", with: " ")).string == command.text.replacing("\t", with: " "),
        context)
      let ranges = [
        command.nameRange, command.keywordRange, command.argumentRange, command.modelRange, command.profileRange,
      ]
      #expect(ranges.compactMap { $0 }.allSatisfy { $0.upperBound <= text.count }, context)
      switch command.action {
      case .select(let model, let profile):
        #expect(part(command.modelRange) == model && part(command.profileRange) == profile, context)
      case .list(let provider?, _):
        #expect(part(command.argumentRange) == provider, context)
      case .aliasShortcut(let alias):
        #expect(part(command.nameRange) == "/" + alias, context)
      case .show, .providers, .list, .status, .reset, .selectNumber:
        #expect(part(command.nameRange)?.lowercased().hasPrefix("/model") == true, context)
      }
    case .invalid(let error):
      if case .trailingText(let leftover) = error.reason {
        #expect(SafeText(escaping: leftover).string == leftover, context)
      }
    case .chat(let chat):
      for case .didYouMean(let typed, let suggestion) in chat.hints {
        #expect(SafeText(escaping: typed).string == typed && ["/model", "/models"].contains(suggestion), context)
      }
    }
  }
}
