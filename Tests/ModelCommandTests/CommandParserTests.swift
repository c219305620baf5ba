import ModelCommand
import Testing

@Suite struct CommandParserTests {
  private let parser = CommandParser(aliases: ["Sonnet", "opus"])

  @Test(arguments: profileSplitExamples)
  func readsEveryExampleOfTheSpec(token: String, model: String, profile: String?) {
    #expect(parser.parse("/model " + token).action == .select(model: model, profile: profile))
  }

  @Test func readsFullWidthCommandsAsTheirASCIIForms() {
    #expect(parser.parse("／ｍｏｄｅｌ　ｌｉｓｔ").action == .list(provider: nil))
    #expect(parser.parse("／ｍｏｄｅｌ　ｓｔａｔｕｓ").action == .status)
    #expect(parser.parse("／ＭＯＤＥＬＳ").action == .providers)
    #expect(parser.parse("/model　list").action == .list(provider: nil))
    let command = parser.parse("／ｍｏｄｅｌ　ｓｏｎｎｅｔ＠ａｎｔｈｒｏｐｉｃ：ｗｏｒｋ").command
    #expect(command?.action == .select(model: "sonnet", profile: "anthropic:work"))
    #expect(command?.text == "/model sonnet@anthropic:work")
  }

  @Test func readsCJKTextAfterTheNameAsAToken() {
    #expect(parser.parse("/model 克勞德").action == .select(model: "克勞德", profile: nil))
    #expect(parser.parse("/model opus@anthropic:公司").action == .select(model: "opus", profile: "anthropic:公司"))
    #expect(parser.parse("/model 日本語 ですか").error == ParseError(.trailingText(leftover: "ですか"), range: 17..<26))
  }

  @Test(arguments: ["你好，今天天氣很好。", "日本語のテキストです", "hello", "/help", "/start now", "", "   ", "\u{3000}\t"])
  func readsOtherLinesAsChatWithoutHints(line: String) {
    #expect(parser.parse(line) == .chat(ChatLine()))
  }

  @Test func recognizesCommandsOnlyAtTheStartOfALine() {
    #expect(parser.parse("please use /model gpt now") == .chat(ChatLine(hints: [.modelCommandNotAtStart])))
    #expect(parser.parse("/modelx") == .chat(ChatLine(hints: [.didYouMean(typed: "/modelx", suggestion: "/model")])))
    #expect(parser.parse("/models/x") == .chat(ChatLine()))
    #expect(parser.parse("/model@work") == .chat(ChatLine()))
  }

  @Test func trimsWhitespaceAroundTheLine() {
    let command = parser.parse(" \t/model list  \r\n").command
    #expect(command?.action == .list(provider: nil))
    #expect(command?.text == "/model list")
    #expect(parser.parse("\u{3000}\u{A0}/model\u{2003}").action == .show)
  }

  @Test func acceptsALineOfOneMiBAndRejectsALongerOne() {
    let longest = String(repeating: "a", count: CommandParser.maximumLineBytes)
    #expect(parser.parse(longest) == .chat(ChatLine()))
    #expect(parser.parse(utf8: Array(longest.utf8)) == .chat(ChatLine()))
    let tooLong = ParsedLine.invalid(ParseError(.lineTooLong(bytes: 1_048_577)))
    #expect(parser.parse(longest + "b") == tooLong)
    #expect(parser.parse(utf8: Array((longest + "b").utf8)) == tooLong)
  }

  @Test(
    arguments: [
      [0x2F, 0x6D, 0xFF],  // a byte that never occurs in UTF-8
      [0x2F, 0xE3, 0x80],  // a truncated sequence
      [0xC0, 0xAF, 0x6D],  // an overlong "/"
      [0xED, 0xA0, 0x80],  // a surrogate
      [0x80],  // a lone continuation byte
    ] as [[UInt8]])
  func rejectsBytesThatAreNotUTF8(bytes: [UInt8]) {
    #expect(parser.parse(utf8: bytes) == .invalid(ParseError(.invalidUTF8)))
  }

  @Test func readsBytesAsItReadsTheirString() {
    for line in ["/model list", "／ｍｏｄｅｌ　ｓｔａｔｕｓ", "hi /model", "/sonnet", "/model a b"] {
      #expect(parser.parse(utf8: Array(line.utf8)) == parser.parse(line))
      #expect(parser.parse(utf8: ArraySlice(line.utf8)) == parser.parse(line))
    }
  }

  @Test func measuresTheOneKiBCommandLimitAfterNormalization() {
    let limit = CommandParser.maximumCommandBytes
    #expect(parser.parse("/model " + String(repeating: "a", count: limit - 7)).action != nil)
    #expect(
      parser.parse("/model " + String(repeating: "a", count: limit - 6)).error
        == ParseError(.commandTooLong(bytes: 1_025)))
    // Full-width letters are three bytes as typed and one once normalized.
    #expect(parser.parse("/model " + String(repeating: "ａ", count: limit - 7)).action != nil)
    #expect(
      parser.parse("/model " + String(repeating: "ａ", count: limit - 6)).error
        == ParseError(.commandTooLong(bytes: 1_025)))
    // Past 4 KiB as received, the received size is reported.
    #expect(
      parser.parse("/model " + String(repeating: "ａ", count: 1_400)).error == ParseError(.commandTooLong(bytes: 4_207)))
  }

  @Test func rejectsControlCharactersInCommands() {
    #expect(parser.parse("/model opus\u{1B}[2J").error == ParseError(.controlCharacter(scalar: 0x1B), range: 11..<12))
    #expect(parser.parse("/model\nlist").error == ParseError(.controlCharacter(scalar: 0x0A), range: 6..<7))
    #expect(parser.parse("/model\u{1B}").error == ParseError(.controlCharacter(scalar: 0x1B), range: 6..<7))
    #expect(parser.parse("/models\u{0}").error == ParseError(.controlCharacter(scalar: 0), range: 7..<8))
    #expect(parser.parse("/model list\u{202E}").error == ParseError(.controlCharacter(scalar: 0x202E), range: 11..<14))
    #expect(parser.parse("/model\tlist\topenai").action == .list(provider: "openai"))
  }

  @Test func passesControlCharactersInChatThrough() {
    #expect(parser.parse("hello\u{1B}[31m world\n") == .chat(ChatLine()))
    #expect(parser.parse("/mod\u{1B}el") == .chat(ChatLine()))
  }

  @Test func readsAliasShortcutsOfTheWholeLine() {
    #expect(parser.parse("/sonnet").action == .aliasShortcut("sonnet"))
    #expect(parser.parse("/SONNET:").action == .aliasShortcut("SONNET"))
    #expect(parser.parse(" /Opus ").action == .aliasShortcut("Opus"))
    #expect(parser.parse("／ｓｏｎｎｅｔ").action == .aliasShortcut("sonnet"))
    #expect(parser.parse("/sonnet@work") == .chat(ChatLine()))
    #expect(parser.parse("/sonnet now") == .chat(ChatLine()))
    #expect(parser.parse("/sonnet :") == .chat(ChatLine()))
    #expect(CommandParser().parse("/sonnet") == .chat(ChatLine()))
  }

  @Test func matchesAliasesAfterNormalizingThem() {
    let parser = CommandParser(aliases: ["ＧＰＴ", "Ωmega", ""])
    #expect(parser.parse("/gpt").action == .aliasShortcut("gpt"))
    #expect(parser.parse("/ΩMEGA").action == .aliasShortcut("ΩMEGA"))
    #expect(parser.parse("/") == .chat(ChatLine()))
  }

  @Test func letsTheModelCommandsShadowAnAliasOfTheSameName() {
    let parser = CommandParser(aliases: ["model", "models"])
    #expect(parser.parse("/model").action == .show)
    #expect(parser.parse("/models").action == .providers)
  }
}

extension ParsedLine {
  /// The command of a command line.
  var command: ModelCommand? {
    if case .command(let command) = self { return command }
    return nil
  }

  /// The action of a command line.
  var action: ModelCommand.Action? { command?.action }

  /// The error of an invalid line.
  var error: ParseError? {
    if case .invalid(let error) = self { return error }
    return nil
  }
}
