import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// `replay --persist` writes pins that another process reads back (spec §7.2, issue 4).
@Suite struct PersistenceTests {
  private struct State {
    let home: URL
    let folder: URL
    var environment: [String: String] { ModelPinBinary.cleanEnvironment(home: home) }

    init(_ fixture: String = "basic") throws {
      home = try TemporaryFolder.make()
      folder = try Fixtures.copyOfFolder("state/\(fixture)", into: home)
    }

    func replay(_ lines: String, _ extra: [String]) throws -> BinaryResult {
      try ModelPinBinary.run(
        ["replay", "--state-dir", folder.path, "--now", "2026-11-24T10:00:00Z"] + extra, stdin: lines,
        environment: environment)
    }
  }

  @Test(arguments: ["sqlite", "json"])
  func pinsWrittenByOneProcessAreReadByTheNext(_ store: String) throws {
    let state = try State()
    let written = try state.replay(
      "/model sonnet@anthropic:personal\n", ["--persist", "--sessions", store, "--session", "telegram:dm:42"])
    #expect(written.status == 0, "\(written.stderr)")
    let read = try state.replay("hello\n", ["--sessions", store, "--session", "telegram:dm:42"])
    #expect(read.stdout == "→ Sonnet (anthropic/claude-sonnet-4-5) · anthropic:personal (user)\n")
  }

  @Test(arguments: ["sqlite", "json"])
  func replayWithoutPersistChangesNothing(_ store: String) throws {
    let state = try State()
    _ = try state.replay("/model sonnet\n", ["--sessions", store])
    let read = try state.replay("hello\n", ["--sessions", store])
    #expect(read.stdout.hasPrefix("→ Opus"))
    let sessionsFolder = state.folder.appendingPathComponent("agents/main/sessions")
    #expect(!FileManager.default.fileExists(atPath: sessionsFolder.path))
  }

  @Test func aForeignSessionsFileKeepsEveryOtherFieldAndSession() throws {
    let state = try State("stale")
    let path = state.folder.appendingPathComponent("agents/main/sessions/sessions.json").path
    let before = try JSONValue.parse(String(contentsOfFile: path, encoding: .utf8))
    let result = try state.replay(
      #"{"session": "gone-profile", "text": "/model gpt"}"# + "\n" + #"{"session": "new-one", "text": "/model sonnet"}"#
        + "\n",
      ["--persist", "--sessions", "json", "--format", "jsonl"])
    #expect(result.status == 0, "\(result.stderr)")
    let after = try JSONValue.parse(String(contentsOfFile: path, encoding: .utf8))
    #expect(after["untouched"] == before["untouched"])
    #expect(after["removed-model"]?["inputTokens"] == before["removed-model"]?["inputTokens"])
    #expect(after["gone-profile"]?["channel"]?.stringValue == "telegram")
    #expect(after["gone-profile"]?["sessionId"] == before["gone-profile"]?["sessionId"])
    #expect(after["gone-profile"]?["providerOverride"]?.stringValue == "openai")
    #expect(after["gone-profile"]?["modelOverride"]?.stringValue == "gpt-5.2")
    // A new session is stored in OpenClaw's form of its key; one OpenClaw wrote keeps its own.
    #expect(after["agent:main:new-one"]?["modelOverride"]?.stringValue == "claude-sonnet-4-5")
    #expect(after.objectValue?.keys.prefix(4) == ["removed-model", "gone-profile", "wrong-provider", "untouched"])
  }

  @Test(arguments: ["sqlite", "json"])
  func twoProcessesPersistingDifferentSessionsLoseNone(_ store: String) throws {
    let state = try State()
    let count = 60
    let transcripts = ["a", "b"].map { prefix in
      (0..<count).map { #"{"session": "\#(prefix)-\#($0)", "text": "/model sonnet"}"# }.joined(separator: "\n") + "\n"
    }
    let group = DispatchGroup()
    let results = Results()
    for transcript in transcripts {
      group.enter()
      DispatchQueue.global().async {
        let result = try? state.replay(transcript, ["--persist", "--sessions", store, "--format", "jsonl"])
        results.append(result?.status ?? -1)
        group.leave()
      }
    }
    group.wait()
    #expect(results.all == [0, 0])
    let check =
      (0..<count).flatMap { index in
        ["a", "b"].map { #"{"session": "\#($0)-\#(index)", "text": "hi"}"# }
      }.joined(separator: "\n") + "\n"
    let read = try state.replay(check, ["--sessions", store, "--format", "jsonl"])
    let lines = read.stdout.split(separator: "\n")
    #expect(lines.count == 2 * count)
    #expect(lines.allSatisfy { $0.hasPrefix("→ Sonnet") })
  }
}

/// Exit statuses gathered from concurrent runs.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var statuses: [Int32] = []
  func append(_ status: Int32) { lock.withLock { statuses.append(status) } }
  var all: [Int32] { lock.withLock { statuses } }
}
