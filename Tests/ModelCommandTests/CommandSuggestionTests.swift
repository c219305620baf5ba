import Testing

@testable import ModelCommand

@Suite struct CommandSuggestionTests {
  private let parser = CommandParser(aliases: ["modle", "sonnet"])

  @Test(arguments: [
    ("/mdoel", "/mdoel", "/model"), ("/modl x", "/modl", "/model"), ("/MDOEL", "/MDOEL", "/model"),
    ("/mode: x", "/mode", "/model"), ("/modles", "/modles", "/models"), ("/mdoels openai", "/mdoels", "/models"),
    ("／ｍｏｄｅｌｌ", "/modell", "/model"), ("/módel", "/módel", "/model"), ("/mode1", "/mode1", "/model"),
    ("/mdoel, please", "/mdoel", "/model"), ("/mdoel@work", "/mdoel", "/model"), ("/modl\u{1B}", "/modl", "/model"),
  ])
  func suggestsTheCommandOneEditAway(line: String, typed: String, suggestion: String) {
    #expect(parser.parse(line) == .chat(ChatLine(hints: [.didYouMean(typed: typed, suggestion: suggestion)])))
  }

  @Test(arguments: [
    "/help", "/start", "/me waves", "/mod", "/modelling", "/shrug", "/modle x", "/mo\u{1B}del", "/", "/model@work",
    "/model.", "/mo-del",
  ])
  func staysQuietForOtherWordsAndForAliases(line: String) {
    #expect(parser.parse(line) == .chat(ChatLine()))
  }

  @Test func givesTheSuggestionBeforeTheLaterMention() {
    let hints: [ChatHint] = [.didYouMean(typed: "/mdoel", suggestion: "/model"), .modelCommandNotAtStart]
    #expect(parser.parse("/mdoel x, I mean /model y") == .chat(ChatLine(hints: hints)))
  }

  @Test(arguments: [
    ("modle", "model", 1), ("mdoel", "model", 1), ("modl", "model", 1), ("models", "model", 1),
    ("model", "model", 0), ("", "abc", 3), ("ca", "abc", 3), ("help", "model", 4),
  ])
  func countsSwapsOfNeighboursAsOneEdit(a: String, b: String, distance: Int) {
    #expect(CommandSuggestion.distance(Array(a.unicodeScalars), Array(b.unicodeScalars)) == distance)
  }
}
