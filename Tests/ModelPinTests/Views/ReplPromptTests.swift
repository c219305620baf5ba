import ModelPin
import Testing

@Suite struct ReplPromptTests {
  private let pinned = Route(
    provider: "anthropic", model: "claude-sonnet-4-5", alias: "Sonnet", modelSource: .pin,
    profile: "anthropic:work", profileSource: .user, credential: .profile)

  @Test func showsTheSessionAndModelAtProfile() {
    #expect(ReplPrompt.text(session: "main", route: pinned, colour: false).string == "main sonnet@anthropic:work> ")
  }

  @Test func showsTheModelIdWithoutAnAliasOrProfile() {
    let route = Route(provider: "openai", model: "gpt-5-mini", modelSource: .pin)
    #expect(
      ReplPrompt.text(session: "telegram:dm:42", route: route, colour: false).string == "telegram:dm:42 gpt-5-mini> ")
  }

  @Test func escapesControlCharactersOfTheSession() {
    #expect(!ReplPrompt.text(session: "a\u{1B}[2Jb", route: pinned, colour: false).string.contains("\u{1B}"))
  }

  @Test func wrapsColoursInLibeditsNonPrintingMarkers() {
    let prompt = ReplPrompt.text(session: "main", route: pinned, colour: true).string
    #expect(prompt.contains("\u{1}\u{1B}[36m\u{2}sonnet@anthropic:work\u{1}\u{1B}[0m\u{2}"))
    let visible = prompt.split(separator: "\u{1}").map {
      $0.split(separator: "\u{2}", omittingEmptySubsequences: false).last ?? ""
    }
    #expect(visible.joined() == "main sonnet@anthropic:work> ")
  }

  @Test func coloursOnlyWithoutNoColorAndOnARealTerminal() {
    #expect(ReplPrompt.allowsColour(environment: ["TERM": "xterm-256color"]))
    #expect(ReplPrompt.allowsColour(environment: ["NO_COLOR": ""]))
    #expect(!ReplPrompt.allowsColour(environment: ["NO_COLOR": "1"]))
    #expect(!ReplPrompt.allowsColour(environment: ["NO_COLOR": "0"]))
    #expect(!ReplPrompt.allowsColour(environment: ["TERM": "dumb"]))
  }

  @Test func coloursAnErrorRedAndHintsYellowOnlyWithColour() {
    let error = Reply(
      session: "main", kind: .select, text: "Unknown model \"gtp\".", route: pinned,
      error: ReplyError(code: .unknownModel, message: "Unknown model \"gtp\"."))
    #expect(ReplPrompt.reply(error, colour: true) == "\u{1B}[31mUnknown model \"gtp\".\u{1B}[0m")
    #expect(ReplPrompt.reply(error, colour: false) == "Unknown model \"gtp\".")
    let hinted = Reply(
      session: "main", kind: .chat, text: "→ Sonnet\nDid you mean /model?", hint: "Did you mean /model?",
      route: pinned)
    #expect(ReplPrompt.reply(hinted, colour: true) == "→ Sonnet\n\u{1B}[33mDid you mean /model?\u{1B}[0m")
    let plain = Reply(session: "main", kind: .chat, text: "→ Sonnet", route: pinned)
    #expect(ReplPrompt.reply(plain, colour: true) == "→ Sonnet")
  }
}
