import ModelPin
import Testing

@Suite struct CompletionsTests {
  private let completions = Completions(
    aliases: ["Opus", "Sonnet", "GPT"],
    refs: ["anthropic/claude-opus-4-6", "anthropic/claude-sonnet-4-5", "openai/gpt-5.2"],
    providers: ["anthropic", "openai"],
    profiles: [(id: "openai:default", provider: "openai"), (id: "anthropic:work", provider: "anthropic"), (id: "anthropic:personal", provider: "anthropic")],
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
    #expect(completions.candidates(line: "/models a", wordStart: 8) == ["anthropic"])
  }

  @Test func offersTheModelsProviderProfilesFirstAfterAt() {
    #expect(completions.candidates(line: "/model sonnet@", wordStart: 14) == ["anthropic:work", "anthropic:personal", "openai:default"])
    #expect(completions.candidates(line: "/model gpt@", wordStart: 11).first == "openai:default")
    #expect(completions.candidates(line: "/model sonnet@anthropic:w", wordStart: 14) == ["anthropic:work"])
  }

  @Test func offersNothingForChatOrExtraWords() {
    #expect(completions.candidates(line: "hello wor", wordStart: 6) == [])
    #expect(completions.candidates(line: "/model sonnet x", wordStart: 14) == [])
  }
}
