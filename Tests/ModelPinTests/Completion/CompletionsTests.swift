import ModelPin
import Testing

@Suite struct CompletionsTests {
  private let completions = Completions(
    aliases: ["Opus", "Sonnet", "GPT"],
    refs: ["anthropic/claude-opus-4-6", "anthropic/claude-sonnet-4-5", "openai/gpt-5.2"],
    providers: ["anthropic", "openai"],
    profiles: [
      (id: "openai:default", provider: "openai"), (id: "anthropic:work", provider: "anthropic"),
      (id: "anthropic:personal", provider: "anthropic"),
    ],
    providerOfModel: { text in
      switch text.lowercased() {
      case "opus", "sonnet": return "anthropic"
      case "gpt": return "openai"
      default: return nil
      }
    })

  @Test func completesCommandWordsAndAliasShortcuts() {
    #expect(completions.candidates(line: "/mo", wordStart: 0) == ["/model", "/models"])
    #expect(completions.candidates(line: "/so", wordStart: 0) == ["/sonnet"])
  }

  @Test func completesSubcommandsAliasesAndRefsAfterModel() {
    #expect(completions.candidates(line: "/model s", wordStart: 7) == ["status", "sonnet"])
    #expect(completions.candidates(line: "/model anthropic/claude-o", wordStart: 7) == ["anthropic/claude-opus-4-6"])
    #expect(completions.candidates(line: "/model ", wordStart: 7).count == 10)
  }

  @Test func completesProvidersAfterList() {
    #expect(completions.candidates(line: "/model list o", wordStart: 12) == ["openai"])
    #expect(completions.candidates(line: "/models a", wordStart: 8) == ["anthropic", "all"])
  }

  @Test func completesPagesLimitAndAllAfterAProvider() {
    let many = Completions(
      aliases: [], refs: (1...45).map { "openai/m\($0)" } + ["xai/grok-4"], providers: ["openai", "xai"], profiles: [],
      providerOfModel: { _ in nil })
    #expect(many.candidates(line: "/models openai ", wordStart: 15) == ["2", "3", "limit=", "all"])
    #expect(many.candidates(line: "/models xai ", wordStart: 12) == ["limit=", "all"])
    #expect(many.candidates(line: "/model list openai 2 ", wordStart: 21) == ["limit=", "all"])
    #expect(many.candidates(line: "/models openai l", wordStart: 15) == ["limit="])
    #expect(many.candidates(line: "/models a", wordStart: 8) == ["all"])
    #expect(many.candidates(line: "/models openai all ", wordStart: 19) == [])
  }

  @Test func offersAutoOnceSomethingIsTypedAfterAt() {
    #expect(completions.candidates(line: "/model sonnet@au", wordStart: 14) == ["auto"])
    #expect(
      completions.candidates(line: "/model sonnet@a", wordStart: 14) == [
        "anthropic:work", "anthropic:personal", "auto",
      ])
  }

  @Test func offersTheProfilesOfTheTypedModelsProviderAfterAt() {
    #expect(completions.candidates(line: "/model sonnet@", wordStart: 14) == ["anthropic:work", "anthropic:personal"])
    #expect(completions.candidates(line: "/model gpt@", wordStart: 11) == ["openai:default"])
    #expect(completions.candidates(line: "/model sonnet@anthropic:w", wordStart: 14) == ["anthropic:work"])
  }

  @Test func offersEveryProfileWhenNoneOfTheModelsProviderFits() {
    #expect(completions.candidates(line: "/model sonnet@o", wordStart: 14) == ["openai:default"])
    #expect(
      completions.candidates(line: "/model nosuch@", wordStart: 14) == [
        "openai:default", "anthropic:work", "anthropic:personal",
      ])
  }

  @Test func completesProfilesWhetherOrNotAtBreaksWords() {
    #expect(completions.candidates(line: "/model gpt@op", wordStart: 7) == ["gpt@openai:default"])
    #expect(completions.candidates(line: "/model gpt@op", wordStart: 11) == ["openai:default"])
  }

  @Test func completesAProfileIdHoldingAnAtAfterItsSecondAt() {
    let withEmail = Completions(
      aliases: ["flash"], refs: [], providers: [], profiles: [(id: "google:me@example.com", provider: "google")],
      providerOfModel: { _ in "google" })
    #expect(withEmail.candidates(line: "/model flash@google:me@", wordStart: 23) == ["example.com"])
    #expect(withEmail.candidates(line: "/model flash@google:me@e", wordStart: 7) == ["flash@google:me@example.com"])
  }

  @Test func keepsADateSuffixInTheModel() {
    #expect(completions.candidates(line: "/model x/claude-haiku-4-5@20251001@op", wordStart: 35) == ["openai:default"])
    #expect(completions.candidates(line: "/model x/claude-haiku-4-5@2025", wordStart: 26) == [])
  }

  @Test func completesAfterModelWithAColon() {
    #expect(completions.candidates(line: "/model: so", wordStart: 8) == ["sonnet"])
    #expect(completions.candidates(line: "/MODEL: list a", wordStart: 13) == ["anthropic", "all"])
  }

  @Test func offersNothingForChatOrExtraWords() {
    #expect(completions.candidates(line: "hello wor", wordStart: 6) == [])
    #expect(completions.candidates(line: "/model sonnet x", wordStart: 14) == [])
  }
}

@Suite struct CompletionSafetyTests {
  @Test func offersNothingForALineHoldingControlCharacters() {
    let completions = Completions(
      aliases: ["Opus"], refs: ["anthropic/claude-opus-4-6"], providers: ["anthropic"],
      profiles: [(id: "anthropic:spare", provider: "anthropic")], providerOfModel: { _ in "anthropic" })
    // Found by the FuzzInterpreter target: the typed model came back inside the candidate.
    #expect(completions.candidates(line: "/model o\u{0}\u{0}pus@anthropic:s", wordStart: 0) == [])
    #expect(completions.candidates(line: "/model opus@anthropic:s", wordStart: 0) == ["/model opus@anthropic:spare"])
  }
}
