import SafeText
import Testing

@testable import ModelCommand

@Suite struct ArgumentTokenTests {
  /// The token at the start of `text`.
  private func token(_ text: String) -> String {
    let bytes = Array(text.utf8)
    return String(decoding: bytes[0..<ArgumentToken.end(in: bytes, from: 0)], as: UTF8.self)
  }

  @Test(arguments: [
    ("opus now", "opus"),
    ("opus!", "opus"),
    ("a+b.c:d-e_f@g", "a+b.c:d-e_f@g"),
    ("openrouter/@preset/kimi@work x", "openrouter/@preset/kimi@work"),
    ("a/b/c", "a/b/c"),
    ("a//b", "a"),
    ("a/", "a"),
    ("a/ b", "a"),
    ("/x", ""),
    ("@", "@"),
    ("日本語 です", "日本語"),
    ("anthropic:公司", "anthropic:公司"),
    ("हिन्दी", "हिन्दी"),
    ("٣٤", "٣٤"),
    ("😀", ""),
    ("a\tb", "a"),
  ])
  func endsAtTheFirstCharacterNoRunTakes(text: String, expected: String) {
    #expect(token(text) == expected)
  }

  @Test func takesLettersMarksAndDigitsOfEveryScript() {
    for scalar in "aZ09_.:@-+éßжΩ日ア한ि٣\u{301}".unicodeScalars {
      #expect(ArgumentToken.isTokenCharacter(scalar), "\(SafeText(escaping: String(scalar)).string)")
    }
    for scalar in "/ \t!#,;=?~😀→、€½\u{200B}".unicodeScalars {
      #expect(!ArgumentToken.isTokenCharacter(scalar), "\(SafeText(escaping: String(scalar)).string)")
    }
  }
}
