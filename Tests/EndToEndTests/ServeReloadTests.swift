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

    init() throws {
      sandbox = try StateSandbox()
      try sandbox.makePrivate()
      process = try PipedProcess(
        ModelPinBinary.url(), ["serve", "--stdio", "--state-dir", sandbox.state.path],
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
}
