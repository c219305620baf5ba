import Foundation
import ModelPinTestSupport
import SessionState
import Testing

/// `replay --persist` and a burst of `serve` requests write OpenClaw's `sessions.json` in batches:
/// every pin a reply acknowledged is in the file, across batch boundaries.
@Suite struct SessionsFileBatchTests {
  static let count = 600

  static func requests() -> String {
    (0..<count).map { index in
      let model = index % 3 == 0 ? "sonnet" : "openai/gpt-5.2"
      return #"{"id": \#(index), "session": "chat:\#(index % 250)", "text": "/model \#(model)"}"#
    }.joined(separator: "\n") + "\n"
  }

  /// The model each session holds after the requests: the last one it was sent.
  static func expectedModels() -> [String: String] {
    var models: [String: String] = [:]
    for index in 0..<count {
      models["chat:\(index % 250)"] = index % 3 == 0 ? "anthropic/claude-sonnet-4-5" : "openai/gpt-5.2"
    }
    return models
  }

  private func check(_ result: BinaryResult, in sandbox: StateSandbox) throws {
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == Self.count)
    #expect(!result.stdout.contains(#""ok":false"#))
    let store = JSONSessionStore(path: sandbox.state.appendingPathComponent("agents/main/sessions/sessions.json").path)
    let held = Dictionary(uniqueKeysWithValues: try store.allPins().map { ($0.session, $0.pins.model ?? "") })
    #expect(held == Self.expectedModels())
  }

  @Test func replayPersistKeepsEveryPinOfEveryBatch() throws {
    let sandbox = try StateSandbox()
    let result = try sandbox.run(
      ["replay", "--persist", "--json", "--sessions", "json", "--format", "jsonl", "--now", "2026-11-24T10:00:00Z"],
      stdin: Self.requests())
    try check(result, in: sandbox)
  }

  @Test func aBurstOfServeRequestsKeepsEveryPin() throws {
    let sandbox = try StateSandbox()
    try check(try sandbox.run(["serve", "--stdio", "--sessions", "json"], stdin: Self.requests()), in: sandbox)
  }
}
