import Testing

@testable import ModelCatalog

@Suite struct FuzzyMatcherTests {
  private func score(_ fragment: String, _ key: String, aliases: [String] = [], isDefault: Bool = false) -> Int {
    let model = CatalogModel(ref: ref(key), aliases: aliases, isDefault: isDefault)
    return FuzzyMatcher(fragment: fragment).score(FuzzyMatcher.Candidate(model))
  }

  @Test func addsUpTheBulletsOfAppendixA() {
    // key contains 110, id contains 80, the variant it names +40
    #expect(score("mini", "openai/gpt-5-mini") == 230)
    // key contains 110, id equal 160, no typo 210, the variant it names +40
    #expect(score("GPT-5-mini", "openai/gpt-5-mini") == 520)
    // key starts 140, provider equal 180, one variant word it does not name −30
    #expect(score("google", "google/gemini-3-flash-preview") == 290)
    // alias equal 140, no typo on the alias 210
    #expect(score("opus", "anthropic/claude-opus-4-6", aliases: ["Opus"]) == 110 + 80 + 140 + 210)
  }

  @Test func prefersTheBaseModelOverItsVariants() {
    #expect(score("flash", "google/gemini-2.5-flash") == 190)
    #expect(score("flash", "google/gemini-2.5-flash-lite") == 160)
    #expect(score("flash lite", "google/gemini-2.5-flash-lite") > score("flash lite", "google/gemini-2.5-flash"))
  }

  @Test func readsVariantsAsWholeWordsSoGeminiIsNoMini() {
    #expect(score("gemini", "google/gemini-2.5-pro") == 220)
  }

  @Test func forgivesTyposButNotADifferentVersion() {
    #expect(score("claud-opus-4-6", "anthropic/claude-opus-4-6") == 140)
    #expect(score("sonet", "anthropic/claude-sonnet-4-5", aliases: ["Sonnet"]) == 140)
    #expect(score("gpt-5.1", "openai/gpt-5.2") == 0)
  }

  @Test func favoursTheDefaultModelByTwentyPoints() {
    #expect(
      score("claude", "anthropic/claude-opus-4-6", isDefault: true) == score("claude", "anthropic/claude-opus-4-5") + 20
    )
  }

  @Test func needsMoreWithoutAProviderTyped() {
    #expect(FuzzyMatcher.threshold(providerTyped: true) == 90)
    #expect(FuzzyMatcher.threshold(providerTyped: false) == 120)
  }

  /// The verdict on `scores` of candidates none of which holds the fragment.
  private func verdict(_ scores: [Int], threshold: Int = 120) -> FuzzyMatcher.Verdict {
    FuzzyMatcher.verdict(scores, holdings: scores.map { _ in .none }, threshold: threshold)
  }

  @Test func picksAWinnerThirtyPointsAhead() {
    #expect(verdict([150, 120, 40]) == .winner(0))
    #expect(verdict([40, 150, 120]) == .winner(1))
  }

  @Test func neverGuessesBetweenScoresLessThanThirtyApart() {
    #expect(verdict([150, 121, 40]) == .ambiguous([0, 1]))
    #expect(verdict([130, 150, 130]) == .ambiguous([1, 0, 2]))
  }

  @Test func offersAtMostTenCandidates() {
    #expect(verdict(Array(repeating: 200, count: 12)) == .ambiguous(Array(0..<10)))
  }

  @Test func findsNothingBelowTheThreshold() {
    #expect(verdict([119, 119]) == .noMatch)
    #expect(verdict([], threshold: 90) == .noMatch)
  }

  @Test func neverGuessesBetweenTwoThatHoldTheFragmentHoweverFarApartTheirScores() {
    let verdict = FuzzyMatcher.verdict([400, 150, 40], holdings: [.atWordStart, .atWordStart, .none], threshold: 120)
    #expect(verdict == .ambiguous([0, 1]))
  }

  @Test func offersOnlyThoseThatHoldItWhereAWordStartsWhenAnyDoes() {
    let verdict = FuzzyMatcher.verdict(
      [350, 230, 170, 230], holdings: [.atWordStart, .atWordStart, .insideWord, .atWordStart], threshold: 120)
    #expect(verdict == .ambiguous([0, 1, 3]))
  }

  @Test func letsTheScoresDecideWhenTheFragmentIsOneWholeName() {
    let verdict = FuzzyMatcher.verdict([400, 150], holdings: [.whole, .atWordStart], threshold: 120)
    #expect(verdict == .winner(0))
  }

  @Test func findsWhereACandidateHoldsTheFragment() {
    func holding(_ fragment: String, _ key: String, aliases: [String] = []) -> FuzzyMatcher.Holding {
      FuzzyMatcher(fragment: fragment).holding(FuzzyMatcher.Candidate(CatalogModel(ref: ref(key), aliases: aliases)))
    }
    #expect(holding("mini", "openai/gpt-5-mini") == .atWordStart)
    #expect(holding("mini", "google/gemini-2.5-pro") == .insideWord)
    #expect(holding("kimi", "moonshot/kimi-k2-thinking") == .atWordStart)
    #expect(holding("Sonnet", "anthropic/claude-sonnet-4-5", aliases: ["Sonnet"]) == .whole)
    #expect(holding("sonet", "anthropic/claude-sonnet-4-5", aliases: ["Sonnet"]) == .none)
  }

  @Test func findsSuggestionsByTheWordsTyped() {
    let matcher = FuzzyMatcher(fragment: "gemini-pro")
    let close = FuzzyMatcher.Candidate(CatalogModel(ref: ref("google/gemini-2.5-pro")))
    let half = FuzzyMatcher.Candidate(CatalogModel(ref: ref("google/gemini-2.5-flash")))
    let far = FuzzyMatcher.Candidate(CatalogModel(ref: ref("xai/grok-4")))
    #expect(matcher.closeness(close) == 120)
    #expect(matcher.closeness(half) == 60)
    #expect(matcher.closeness(far) == 0)
  }

  @Test func ranksSuggestionsByTheVersionDigitsTyped() {
    let matcher = FuzzyMatcher(fragment: "xai/claude-opus-4-6")
    let same = FuzzyMatcher.Candidate(CatalogModel(ref: ref("anthropic/claude-opus-4-6")))
    let older = FuzzyMatcher.Candidate(CatalogModel(ref: ref("anthropic/claude-opus-4-5")))
    #expect(matcher.closeness(same) == 140)
    #expect(matcher.closeness(older) == 130)
  }

  @Test func suggestsNothingForAVersionDigitAlone() {
    let matcher = FuzzyMatcher(fragment: "zz-4")
    #expect(matcher.closeness(FuzzyMatcher.Candidate(CatalogModel(ref: ref("xai/grok-4")))) == 0)
  }
}
