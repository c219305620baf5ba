import Testing

@testable import ModelCatalog

@Suite struct EditDistanceTests {
  private func distance(_ first: String, _ second: String) -> Int? {
    EditDistance.between(Array(first.unicodeScalars), Array(second.unicodeScalars), limit: 3)
  }

  @Test func countsInsertionsDeletionsAndSubstitutions() {
    #expect(distance("claude", "claude") == 0)
    #expect(distance("claud", "claude") == 1)
    #expect(distance("sonet", "sonnet") == 1)
    #expect(distance("opsu", "opus") == 2)
    #expect(distance("", "gpt") == 3)
  }

  @Test func countsAnAccentedLetterAsOneEdit() {
    #expect(distance("modèle", "modele") == 1)
  }

  @Test func givesUpOverTheLimit() {
    #expect(distance("gemini", "grok") == nil)
    #expect(distance("gpt", "claude-opus-4-6") == nil)
    #expect(distance("abcd", "wxyz") == nil)
  }
}
