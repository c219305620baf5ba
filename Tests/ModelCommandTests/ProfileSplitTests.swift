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

  @Test(arguments: profileSplitExamples)
  func splitsEveryExampleOfTheSpec(token: String, model: String, profile: String?) {
    #expect(split(token) == (model, profile))
  }

  @Test(
    arguments: [
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
