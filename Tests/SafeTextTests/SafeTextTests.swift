import SafeText
import Testing

@Suite struct SafeTextTests {
  @Test func interpolationEscapesTextAndKeepsLiteralsAndSafeText() {
    let key = "a\u{1B}[2J\nb"
    let safe: SafeText = "line one\n"
    let line: SafeText = "\(safe)unknown session \(key) (\(3))"
    #expect(line.string == "line one\n" + #"unknown session a\u{1B}[2J\nb (3)"#)
  }

  @Test func concatenatesAndJoinsSafeTextOnly() {
    let parts: [SafeText] = ["a", SafeText(escaping: "\u{7}"), "c"]
    #expect(parts.joined(separator: "\n").string == "a\n" + #"\u{7}"# + "\nc")
    #expect((SafeText("x") + SafeText(escaping: "\u{9B}")).string == #"x\u{9B}"#)
  }

  @Test(
    arguments: [
      ([], "·", ""), (["one"], "·", "one"), (["", ""], "·", "·"), (["a", "é", "文字"], "、", "a、é、文字"),
      (["a", "b", "c"], "", "abc"), (["→ x", "", "y"], "\n", "→ x\n\ny"),
    ] as [([SafeText], SafeText, String)])
  func joinsEveryCountOfTextsWithAnySeparator(texts: [SafeText], separator: SafeText, joined: String) {
    #expect(texts.joined(separator: separator).string == joined)
  }

  @Test func convertsMessageArgumentsByEscapingTextOnly() {
    let arguments: [any SafeTextConvertible] = ["\u{202E}x", SafeText(escapingLines: "one\ntwo"), "ab".dropFirst()]
    #expect(arguments.map(\.safeText.string) == [#"\u{202E}x"#, "one\ntwo", "b"])
  }

  @Test func quotesWithQuotesEscapedAndShortensLongText() {
    #expect(SafeText.quoted("say \"hi\"\u{1B}").string == #""say \"hi\"\u{1B}""#)
    #expect(
      SafeText.quoted(String(repeating: "é", count: 70), limit: 64).string == "\"" + String(repeating: "é", count: 64)
        + "…\"")
    #expect(SafeText.quoted("short", limit: 64).string == "\"short\"")
  }
}
