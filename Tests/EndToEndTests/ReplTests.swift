import Foundation
import ModelPinTestSupport
import Testing

/// The REPL on a real terminal (tmux), typed into as a person would, on a copy of
/// `fixtures/state/basic` unless a test needs a state folder that does not exist yet.
@Suite(.serialized) struct ReplTests {
  /// The prompt of the fixture's default route, with the cursor after it.
  private let opusPrompt = "main opus@anthropic:work>"

  @Test func completesWithTabAndPinsOnEnter() throws {
    try withRepl { repl in
      try repl.waitForLine(opusPrompt)
      try repl.type("/mo")
      try repl.press("Tab")
      try repl.waitForLine("\(opusPrompt) /model")
      try repl.press("Tab")
      try repl.waitUntil("a list of /model and /models") {
        $0.contains { $0.split(separator: " ") == ["/model", "/models"] }
      }

      try repl.type(" so")
      try repl.press("Tab")
      try repl.waitForLine("\(opusPrompt) /model sonnet")
      try repl.press("BSpace")
      try repl.type("@")
      try repl.press("Tab")
      try repl.waitForLine("\(opusPrompt) /model sonnet@anthropic:")
      try repl.type("w")
      try repl.press("Tab")
      try repl.waitForLine("\(opusPrompt) /model sonnet@anthropic:work")
      try repl.press("Enter")
      try repl.waitForLine("main sonnet@anthropic:work>")
      try repl.waitForText("Model set to Sonnet (anthropic/claude-sonnet-4-5). Auth profile set to anthropic:work.")

      try repl.type("/model gpt@")
      try repl.press("Tab")
      try repl.waitForLine("main sonnet@anthropic:work> /model gpt@openai:default")
      try repl.press("Enter")
      try repl.waitForLine("main gpt@openai:default>")
    }
  }

  @Test func answersAPipeAsReplayDoes() throws {
    let lines = "/model haiku\nhello\n# a comment\n/model nothing-like-it\n"
    let (replFolder, replEnvironment) = try HostileState.copy("basic")
    let repl = try ModelPinBinary.run(["--state-dir", replFolder.path], stdin: lines, environment: replEnvironment)
    let (replayFolder, replayEnvironment) = try HostileState.copy("basic")
    let replay = try ModelPinBinary.run(
      ["replay", "--state-dir", replayFolder.path], stdin: lines, environment: replayEnvironment)
    #expect(repl.status == 0)
    #expect(repl.stdout == replay.stdout)
    #expect(repl.stdout.contains("Model set to Haiku"))
  }

  @Test func cancelsTheLineWithCtrlCAndExitsWithCtrlD() throws {
    try withRepl { repl in
      try repl.waitForLine(opusPrompt)
      try repl.type("/model haiku")
      try repl.waitForLine("\(opusPrompt) /model haiku")
      try repl.press("C-c")
      try repl.waitUntil("a new prompt under the cancelled line") {
        $0.suffix(2) == ["\(opusPrompt) /model haiku", opusPrompt]
      }
      try repl.type("/model")
      try repl.press("Enter")
      let shown = try repl.waitForText("Current: Opus (anthropic/claude-opus-4-6)")
      #expect(!shown.contains { $0.contains("Model set to") })

      try repl.press("C-d")
      try repl.waitForText("exited with 0")
      let words = try repl.waitUntil("the terminal's modes") { $0.contains { $0.contains("icanon") } }
        .flatMap { $0.split(separator: " ") }
      #expect(words.contains("icanon") && words.contains("echo"), "the terminal is left in raw mode")
    }
  }

  @Test func recallsLinesWithUpAndCtrlRAfterARestart() throws {
    let home = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: home) }
    let state = home.appendingPathComponent("state")
    try withRepl(home: home, state: state) { repl in
      try repl.waitForLine("main opus>")
      try repl.type("/model haiku")
      try repl.press("Enter")
      try repl.waitForLine("main haiku>")
      try repl.type("hello")
      try repl.press("Enter")
      try repl.waitUntil("the reply to hello") { $0.contains("main haiku> hello") && $0.last == "main haiku>" }
      try repl.press("Up")
      try repl.waitForLine("main haiku> hello")
      try repl.press("Up")
      try repl.waitForLine("main haiku> /model haiku")
      try repl.press("Down")
      try repl.waitForLine("main haiku> hello")
      try repl.press("C-c")
      try repl.waitForLine("main haiku>")
      try repl.press("C-d")
      try repl.waitForText("exited with 0")
    }
    #expect(permissions(of: state) == 0o700)
    #expect(permissions(of: state.appendingPathComponent("history")) == 0o600)

    try withRepl(home: home, state: state) { repl in
      try repl.waitForLine("main haiku>")
      try repl.press("Up")
      try repl.waitForLine("main haiku> hello")
      try repl.press("C-c")
      try repl.waitForLine("main haiku>")
      try repl.press("C-r")
      try repl.type("hai")
      try repl.press("Enter")
      try repl.waitForText("Model set to Haiku (anthropic/claude-haiku-4-5).")
    }
  }

  @Test func repliesInTraditionalChineseUnderATaiwaneseLocale() throws {
    try withRepl(arguments: ["--session", "telegram:dm:42"], variables: ["LANG": "zh_TW.UTF-8"]) { repl in
      try repl.waitForText("按 Tab 自動完成 /model 指令")
      try repl.waitForLine("telegram:dm:42 opus@anthropic:work>")
      try repl.type("／ｍｏｄｅｌ　ｈａｉｋｕ")
      try repl.press("Enter")
      try repl.waitForText("已將模型設為 Haiku（anthropic/claude-haiku-4-5）。")
      try repl.waitForLine("telegram:dm:42 haiku@anthropic:work>")
    }
  }

  @Test func coloursThePromptUnlessNoColorIsSet() throws {
    try withRepl(variables: ["NO_COLOR": ""]) { repl in
      try repl.waitUntil("a coloured prompt", colours: true) {
        $0.last?.contains("\u{1B}[36mopus@anthropic:work") == true
      }
    }
    try withRepl { repl in
      let shown = try repl.waitUntil("the prompt", colours: true) { $0.last?.hasSuffix("opus@anthropic:work>") == true }
      #expect(!shown.joined().contains("\u{1B}["))
    }
  }

  /// Runs a test against the REPL on a terminal, then ends it: by default on a copy of the basic
  /// state in a new home folder, with `NO_COLOR=1` and `LANG=C.UTF-8` unless `variables` say otherwise.
  private func withRepl(
    home: URL? = nil, state: URL? = nil, arguments: [String] = [], variables: [String: String] = [:],
    _ body: (ReplTerminal) throws -> Void
  ) throws {
    let ownHome = home == nil
    let home = try home ?? TemporaryFolder.make()
    defer { if ownHome { try? FileManager.default.removeItem(at: home) } }
    let state = try state ?? Fixtures.copyOfFolder("state/basic", into: home)
    var environment = [
      "HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "screen", "LANG": "C.UTF-8", "NO_COLOR": "1",
    ]
    environment.merge(variables) { $1 }
    let repl = try ReplTerminal(["--state-dir", state.path] + arguments, environment: environment, folder: home)
    defer { repl.close() }
    try body(repl)
  }

  private func permissions(of url: URL) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? Int
  }
}
