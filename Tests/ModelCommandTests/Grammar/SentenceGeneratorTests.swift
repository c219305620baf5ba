import ModelPinTestSupport
import Testing

@Suite struct SentenceGeneratorTests {
  private static let grammar = """
    pair  = word "=" number
    word  = 1*3( "ab" )
    number = 2DIGIT
    name  = <a name>
    loop  = "(" loop ")" / "x"
    """

  @Test func recordsWhichRuleProducedWhichBytes() throws {
    let generator = SentenceGenerator(grammar: try ABNFGrammar(Self.grammar), prose: [:])
    var random = SplitMix64(seed: 1)
    for _ in 0..<100 {
      let sentence = try generator.sentence(of: "pair", using: &random)
      let word = try #require(sentence.text(of: "word"))
      #expect(sentence.text == word + "=" + (sentence.text(of: "number") ?? ""))
      #expect(["ab", "abab", "ababab"].contains(word.lowercased()))
      #expect(sentence.range(of: "pair") == 0..<sentence.text.utf8.count)
      #expect(!sentence.has("name"))
    }
  }

  @Test func variesTheCaseOfCaseInsensitiveText() throws {
    let generator = SentenceGenerator(grammar: try ABNFGrammar(Self.grammar), prose: [:])
    var random = SplitMix64(seed: 2)
    let words = try Set((0..<200).map { _ in try generator.sentence(of: "word", using: &random).text })
    #expect(words.contains("ab") && words.contains("AB") && words.contains("aB"))
  }

  @Test func repeatsItselfForTheSameSeed() throws {
    let generator = SentenceGenerator(grammar: try ABNFGrammar(Self.grammar), prose: ["name": { _ in "n" }])
    var first = SplitMix64(seed: 3)
    var second = SplitMix64(seed: 3)
    for _ in 0..<50 {
      #expect(
        try generator.sentence(of: "pair", using: &first).text == generator.sentence(of: "pair", using: &second).text)
    }
  }

  @Test func takesProseValuesFromItsCallerAndFailsWithoutThem() throws {
    var random = SplitMix64(seed: 4)
    let given = SentenceGenerator(grammar: try ABNFGrammar(Self.grammar), prose: ["name": { _ in "Ada" }])
    #expect(try given.sentence(of: "name", using: &random).text == "Ada")
    let missing = SentenceGenerator(grammar: try ABNFGrammar(Self.grammar), prose: [:])
    #expect(throws: ABNFError.self) { try missing.sentence(of: "name", using: &random) }
  }

  @Test func stopsAtTheDepthLimitOfARecursiveRule() throws {
    var generator = SentenceGenerator(grammar: try ABNFGrammar(Self.grammar), prose: [:])
    generator.maximumDepth = 4
    var random = SplitMix64(seed: 5)
    var failures = 0
    for _ in 0..<200 {
      do {
        let text = try generator.sentence(of: "loop", using: &random).text
        #expect(text.filter { $0 == "(" }.count < 4)
      } catch is ABNFError {
        failures += 1
      }
    }
    #expect(failures > 0 && failures < 200)
  }
}
