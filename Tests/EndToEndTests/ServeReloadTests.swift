import Foundation
import ModelPinTestSupport
import Testing

/// Spec §7.3: a running `serve` picks up config and `.env` changes on the next request, and keeps
/// the last good config while the file does not parse.
@Suite struct ServeReloadTests {
  /// A running server on a private copy of `fixtures/state/basic`, asked one request at a time.
  final class Server {
    let sandbox: StateSandbox
    let process: PipedProcess
    private var asked = 0

    init(_ arguments: [String] = [], prepare: (StateSandbox) throws -> Void = { _ in }) throws {
      sandbox = try StateSandbox()
      try sandbox.makePrivate()
      try prepare(sandbox)
      process = try PipedProcess(
        ModelPinBinary.url(), ["serve", "--stdio", "--state-dir", sandbox.state.path] + arguments,
        environment: sandbox.environment)
    }

    /// Sends `request` (a JSON object's text) and returns its reply.
    func ask(_ request: String) throws -> [String: Any] {
      process.write(Data((request + "\n").utf8))
      asked += 1
      let line = try process.lines(asked)[asked - 1]
      return try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func close() throws {
      try process.closeInput()
      _ = try process.exitStatus()
    }
  }

  @Test func anAliasAddedToTheConfigIsKnownToTheNextRequest() throws {
    let server = try Server()
    #expect(try server.ask(#"{"text": "/model sprout"}"#)["ok"] as? Bool == false)
    let config = try #require(server.sandbox.text("openclaw.json"))
    try server.sandbox.write(
      config.replacingOccurrences(
        of: #""openai/gpt-5-mini": {},"#, with: #""openai/gpt-5-mini": { alias: "Sprout" },"#),
      to: "openclaw.json")
    let reply = try server.ask(#"{"text": "/model sprout"}"#)
    #expect(reply["text"] as? String == "Model set to Sprout (openai/gpt-5-mini).")
    try server.close()
  }

  @Test func aConfigThatNoLongerParsesKeepsTheLastGoodOneAndSaysSoUntilFixed() throws {
    let server = try Server()
    #expect(try server.ask(#"{"text": "hi"}"#)["hint"] == nil)
    let config = try #require(server.sandbox.text("openclaw.json"))
    try server.sandbox.write(config + "{ broken", to: "openclaw.json")
    let broken = try server.ask(#"{"text": "/model sonnet"}"#)
    #expect(broken["text"] as? String == "Model set to Sonnet (anthropic/claude-sonnet-4-5).")
    let hint = try #require(broken["hint"] as? String)
    #expect(hint.hasPrefix("The config changed but cannot be used: ~/"))
    #expect(hint.hasSuffix("Replies use the last good config until it is fixed."))
    let chinese = try server.ask(#"{"text": "hi", "lang": "zh-TW"}"#)
    #expect((chinese["hint"] as? String)?.hasPrefix("設定檔已變更但無法使用：") == true)
    try server.sandbox.write(config, to: "openclaw.json")
    #expect(try server.ask(#"{"text": "hi"}"#)["hint"] == nil)
    try server.close()
  }

  @Test func aKeyAddedToDotEnvIsUsedByTheNextRequest() throws {
    let server = try Server()
    let before = try server.ask(#"{"text": "/model openrouter/@preset/kimi"}"#)
    #expect(before["ok"] as? Bool == true)
    #expect((before["route"] as? [String: Any])?["credential"] is NSNull)
    try server.sandbox.write("OPENROUTER_API_KEY=sk-or-v1-0123456789abcdef\n", to: ".env")
    let after = try server.ask(#"{"text": "hi"}"#)
    #expect((after["route"] as? [String: Any])?["credential"] as? String == "env:OPENROUTER_API_KEY")
    try server.close()
  }

  /// Writes `text` over the file at `url` in place, as editors that keep the file do: same inode,
  /// same folder entry, so only the file's contents and times change.
  private func overwriteInPlace(_ url: URL, with text: String) throws {
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  private func withSprout(_ config: String) -> String {
    config.replacingOccurrences(of: #""openai/gpt-5-mini": {},"#, with: #""openai/gpt-5-mini": { alias: "Sprout" },"#)
  }

  @Test func aConfigEditedInPlaceIsKnownToTheNextRequest() throws {
    let server = try Server()
    #expect(try server.ask(#"{"text": "/model sprout"}"#)["ok"] as? Bool == false)
    let config = try #require(server.sandbox.text("openclaw.json"))
    try overwriteInPlace(server.sandbox.state.appendingPathComponent("openclaw.json"), with: withSprout(config))
    #expect(
      try server.ask(#"{"text": "/model sprout"}"#)["text"] as? String == "Model set to Sprout (openai/gpt-5-mini).")
    try server.close()
  }

  @Test func aConfigReachedThroughALinkIsReadAgainWhenWhatItPointsToChanges() throws {
    var target: URL?
    let server = try Server { sandbox in
      let elsewhere = sandbox.home.appendingPathComponent("dotfiles/openclaw.json")
      try sandbox.home.writeFile(try #require(sandbox.text("openclaw.json")), to: "dotfiles/openclaw.json")
      try FileManager.default.removeItem(at: sandbox.state.appendingPathComponent("openclaw.json"))
      try FileManager.default.createSymbolicLink(
        at: sandbox.state.appendingPathComponent("openclaw.json"), withDestinationURL: elsewhere)
      target = elsewhere
    }
    #expect(try server.ask(#"{"text": "/model sprout"}"#)["ok"] as? Bool == false)
    let file = try #require(target)
    try overwriteInPlace(file, with: withSprout(try String(contentsOf: file, encoding: .utf8)))
    #expect(
      try server.ask(#"{"text": "/model sprout"}"#)["text"] as? String == "Model set to Sprout (openai/gpt-5-mini).")
    try server.close()
  }

  @Test func aPinAnotherProcessWritesIsSeenByTheNextRequest() throws {
    let server = try Server(["--sessions", "sqlite"])
    let before = try server.ask(#"{"session": "s1", "text": "hi"}"#)
    #expect((before["route"] as? [String: Any])?["model"] as? String == "claude-opus-4-6")
    let other = try server.sandbox.run(
      ["replay", "--persist", "--sessions", "sqlite", "--session", "s1"], stdin: "/model sonnet\n")
    #expect(other.status == 0)
    let after = try server.ask(#"{"session": "s1", "text": "hi"}"#)
    #expect((after["route"] as? [String: Any])?["model"] as? String == "claude-sonnet-4-5")
    try server.close()
  }

  @Test func aCooldownAnotherProcessRecordsIsSeenByTheNextRequest() throws {
    let at = "2026-11-24T10:00:00Z"
    let server = try Server(["--sessions", "sqlite"])
    let before = try server.ask(#"{"session": "s1", "text": "hi", "at": "\#(at)"}"#)
    #expect((before["route"] as? [String: Any])?["profile"] as? String == "anthropic:work")
    let other = try server.sandbox.run(
      ["replay", "--persist", "--sessions", "sqlite", "--format", "jsonl", "--now", at],
      stdin: #"{"session": "s1", "outcome": {"result": "rate_limit", "profile": "anthropic:work"}}"# + "\n")
    #expect(other.status == 0)
    let after = try server.ask(#"{"session": "s1", "text": "hi", "at": "\#(at)"}"#)
    #expect((after["route"] as? [String: Any])?["profile"] as? String != "anthropic:work")
    try server.close()
  }
}
