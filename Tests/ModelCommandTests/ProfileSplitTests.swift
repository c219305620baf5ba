import Testing

@testable import ModelCommand

@Suite struct ProfileSplitTests {
  /// The model and profile of `token`.
  private func split(_ token: String) -> (model: String, profile: String?) {
    let bytes = Array(token.utf8)
    let (model, profile) = ProfileSplit.split(bytes, token: 0..<bytes.count)
    let text = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
    return (text(model), profile.map(text))
  }

  @Test(arguments: [
    ("opus@anthropic:work", "opus", "anthropic:work"),
    ("flash@google:me@example.com", "flash", "google:me@example.com"),
    ("openrouter/@preset/kimi", "openrouter/@preset/kimi", nil),
    ("openrouter/@preset/kimi@work", "openrouter/@preset/kimi", "work"),
    ("provider/foo@bar/baz", "provider/foo@bar/baz", nil),
    ("x/claude-haiku-4-5@20251001@anthropic:work", "x/claude-haiku-4-5@20251001", "anthropic:work"),
  ] as [(String, String, String?)])
  func splitsEveryExampleOfTheSpec(token: String, model: String, profile: String?) {
    #expect(split(token) == (model, profile))
  }

  @Test(arguments: [
    ("opus", "opus", nil),
    ("opus@", "opus@", nil),
    ("opus@@work", "opus", "@work"),
    ("@work", "@work", nil),
    ("a/@", "a/@", nil),
    ("a/@@b", "a/@", "b"),
    ("a/@preset@b", "a/@preset", "b"),
    ("x@20251001", "x@20251001", nil),
    ("x@20251001@", "x@20251001@", nil),
    ("x@20251001@20251002", "x@20251001@20251002", nil),
    ("x@20251001b", "x", "20251001b"),
    ("x@202510011", "x", "202510011"),
    ("x@2025100", "x", "2025100"),
    ("a/b@20251001@c@d", "a/b@20251001", "c@d"),
  ] as [(String, String, String?)])
  func keepsAnAtThatStartsTheSegmentEndsTheTokenOrStartsADate(token: String, model: String, profile: String?) {
    #expect(split(token) == (model, profile))
  }
}
