import Testing

@testable import LineEditing

@Suite struct CommonPrefixTests {
  @Test func insertsWhatEveryCandidateShares() {
    #expect(commonPrefix(of: ["/model", "/models"]) == "/model")
    #expect(commonPrefix(of: ["anthropic:work", "anthropic:personal"]) == "anthropic:")
    #expect(commonPrefix(of: ["opus", "sonnet"]) == "")
  }
}
