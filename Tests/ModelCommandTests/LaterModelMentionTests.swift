import ModelCommand
import Testing

@Suite struct LaterModelMentionTests {
  private let parser = CommandParser()
  private let mentioned = ParsedLine.chat(ChatLine(hints: [.modelCommandNotAtStart]))

  @Test(arguments: [
    "please use /model gpt now", "try /MODEL", "see /models", "x /Models:", "請用／ｍｏｄｅｌ切換模型", "請用/model切換",
    "use `/model gpt`", "(/model)", "hello\t/model: opus", "a ／ＭＯＤＥＬＳ", "end./model", "x\u{3000}/model",
  ])
  func mentionsAModelCommandLaterInTheLine(line: String) {
    #expect(parser.parse(line) == mentioned)
  }

  @Test(arguments: [
    "https://example.com/model x", "a/model", "x ａ/model", "see /modeling", "/models/x", "x /model/y", "x /modelsx",
    "hello /model\u{301}", "hello /mod", "x ／model２", "just chat",
  ])
  func staysQuietWhenTheSlashIsPartOfAWord(line: String) {
    #expect(parser.parse(line) == .chat(ChatLine()))
  }

  @Test func findsAMentionAtEveryOffsetOfTheEightByteScan() {
    for padding in 1..<24 {
      let line = "x" + String(repeating: " ", count: padding) + "/model"
      #expect(parser.parse(line) == mentioned, "padding \(padding)")
      #expect(parser.parse(line + "ing") == .chat(ChatLine()), "padding \(padding)")
    }
  }

  @Test func findsAMentionAtTheEndOfALineOfOneMiB() {
    let chat = String(repeating: "你好 hello, ", count: 70_000)
    let line = chat.prefix(CommandParser.maximumLineBytes - 20) + " /model"
    #expect(parser.parse(String(line)) == mentioned)
    #expect(parser.parse(chat) == .chat(ChatLine()))
  }
}
