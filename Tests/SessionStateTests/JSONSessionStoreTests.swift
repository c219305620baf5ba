import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

@Suite struct JSONSessionStoreTests {
  /// A copy of `fixtures/sessions/sessions.json` where OpenClaw keeps it, and its original bytes.
  static func openClawState() throws -> (path: String, original: Data) {
    let layout = StateLayout(folder: try TemporaryFolder.make().path, agent: "main")
    let original = try Data(contentsOf: Fixtures.url("sessions/sessions.json"))
    try StateFile.createFolder(layout.sessionsFolder)
    try original.write(to: URL(fileURLWithPath: layout.sessionsFile))
    return (layout.sessionsFile, original)
  }

  /// The fields a user's model and profile pins write, in the order they are added to an entry.
  static let pinFields = [
    "providerOverride", "modelOverride", "modelOverrideSource", "authProfileOverride", "authProfileOverrideSource",
  ]

  static func entry(_ session: String, in path: String) throws -> JSONObject? {
    let document = try JSONValue.parse(String(contentsOfFile: path, encoding: .utf8))
    return document[session]?.objectValue
  }

  @Test func readsThePinsOpenClawWrote() throws {
    let store = JSONSessionStore(path: try Self.openClawState().path)
    #expect(
      try store.pins(for: "agent:main:telegram:dm:42")
        == SessionPins(
          model: "openai/gpt-5-mini", profile: "openai:personal", profileSource: .user, updatedAt: 1_764_068_400_456))
    // A profile without a source but with rotation's compaction count is an automatic pin.
    #expect(
      try store.pins(for: "agent:main:discord:channel:c1")
        == SessionPins(
          model: "openrouter/moonshotai/kimi-k2", profile: "openrouter:team", profileSource: .auto,
          updatedAt: 1_764_072_000_789))
    #expect(try store.pins(for: "agent:main:main") == nil)
    // Listed as the user types them.
    #expect(try store.allPins().map(\.session) == ["discord:channel:c1", "telegram:dm:42"])
  }

  @Test func findsAnEntryOpenClawWroteUnderEitherSpellingOfItsKey() throws {
    let store = JSONSessionStore(path: try Self.openClawState().path)
    #expect(try store.pins(for: "telegram:dm:42") == store.pins(for: "agent:main:telegram:dm:42"))
    #expect(try store.pins(for: "telegram:dm:42")?.profile == "openai:personal")
    // A thread of it inherits from its parent under the same rule.
    #expect(try store.snapshot(of: "discord:channel:c1:thread:77").parent?.profile == "openrouter:team")
  }

  @Test func keepsTheSpellingAnEntryAlreadyHas() throws {
    let path = try TemporaryFolder.make().appendingPathComponent("sessions.json").path
    try StateFile.writeAtomically(Array(#"{"main": {"sessionId": "s"}}"#.utf8), to: path)
    try JSONSessionStore(path: path).save(SessionPins(model: "openai/gpt-5.2", updatedAt: 1), for: "main")
    #expect(try Self.entry("main", in: path)?["modelOverride"] == .string("gpt-5.2"))
    #expect(try Self.entry("agent:main:main", in: path) == nil)
  }

  @Test func leavesEveryOtherFieldAndSessionAsItWasWhenPinsComeAndGo() throws {
    let (path, original) = try Self.openClawState()
    let store = JSONSessionStore(path: path)
    let pins = SessionPins(model: "anthropic/claude-sonnet-4-5", profile: "anthropic:work", profileSource: .user)
    for session in ["agent:main:main", "agent:main:discord:channel:c1:thread:9", "agent:main:cron:daily-report"] {
      try store.save(pins, for: session)
    }
    let pinned = try #require(try Self.entry("agent:main:main", in: path))
    #expect(Array(pinned.keys.suffix(5)) == Self.pinFields)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != original)

    for session in ["agent:main:main", "agent:main:discord:channel:c1:thread:9", "agent:main:cron:daily-report"] {
      try store.removePins(for: session)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
  }

  @Test func clearsOnlyThePinFieldsOfAnEntry() throws {
    let (path, _) = try Self.openClawState()
    let before = try #require(try Self.entry("agent:main:telegram:dm:42", in: path))
    try JSONSessionStore(path: path).removePins(for: "agent:main:telegram:dm:42")

    var expected = before
    for key in Self.pinFields {
      expected[key] = nil
    }
    #expect(try Self.entry("agent:main:telegram:dm:42", in: path) == expected)
    #expect(try JSONSessionStore(path: path).pins(for: "agent:main:telegram:dm:42") == nil)
  }

  @Test func writesTheModelRefSplitAtTheFirstSlash() throws {
    let (path, _) = try Self.openClawState()
    try JSONSessionStore(path: path).save(
      SessionPins(model: "openrouter/meta-llama/llama-4", updatedAt: 1_764_100_000_000), for: "agent:main:main")
    let entry = try #require(try Self.entry("agent:main:main", in: path))
    #expect(entry["providerOverride"] == .string("openrouter"))
    #expect(entry["modelOverride"] == .string("meta-llama/llama-4"))
    #expect(entry["modelOverrideSource"] == .string("user"))
    #expect(entry["updatedAt"] == .number("1764100000000"))
    #expect(entry["sessionId"] == .string("3f1c9a52-7d1e-4b8a-9c43-2e5f0a6b7d18"))
  }

  @Test func dropsRotationsCompactionCountWhenTheUserPinsAProfile() throws {
    let (path, _) = try Self.openClawState()
    let store = JSONSessionStore(path: path)
    var pins = try #require(try store.pins(for: "agent:main:discord:channel:c1"))
    pins.profile = "openrouter:me"
    pins.profileSource = .user
    try store.save(pins, for: "agent:main:discord:channel:c1")
    let entry = try #require(try Self.entry("agent:main:discord:channel:c1", in: path))
    #expect(entry["authProfileOverride"] == .string("openrouter:me"))
    #expect(entry["authProfileOverrideSource"] == .string("user"))
    #expect(entry["authProfileOverrideCompactionCount"] == nil)
    #expect(entry["compactionCount"] == .number("0"))
  }

  @Test func createsAnEntryWithASessionIdForANewSession() throws {
    let path = StateLayout(folder: try TemporaryFolder.make().path, agent: "main").sessionsFile
    let pins = SessionPins(model: "anthropic/claude-opus-4-6", updatedAt: 1_764_100_000_000)
    try JSONSessionStore(path: path).save(pins, for: "telegram:dm:7")

    let entry = try #require(try Self.entry("agent:main:telegram:dm:7", in: path))
    #expect(entry.keys.prefix(2) == ["sessionId", "updatedAt"])
    let sessionId = try #require(entry["sessionId"]?.stringValue)
    #expect(UUID(uuidString: sessionId) != nil && sessionId == sessionId.lowercased())
    #expect(entry["updatedAt"] == .number("1764100000000"))
    #expect(StateFile.permissions(of: path) == 0o600)
    #expect(try JSONSessionStore(path: path).pins(for: "telegram:dm:7") == pins)
  }

  @Test func writesNothingWhenThePinsAreAlreadyThere() throws {
    let (path, _) = try Self.openClawState()
    let store = JSONSessionStore(path: path)
    let pins = try #require(try store.pins(for: "agent:main:telegram:dm:42"))
    let before = try FileManager.default.attributesOfItem(atPath: path)
    try store.save(pins, for: "agent:main:telegram:dm:42")
    try store.removePins(for: "agent:main:main")
    let after = try FileManager.default.attributesOfItem(atPath: path)
    #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)

    let missing = StateLayout(folder: try TemporaryFolder.make().path, agent: "main")
    try JSONSessionStore(path: missing.sessionsFile).removePins(for: "main")
    #expect(!FileManager.default.fileExists(atPath: missing.sessionsFolder))
  }

  @Test func neverOverwritesAFileThatDoesNotParse() throws {
    let (path, _) = try Self.openClawState()
    let broken = Data("{\n  \"main\": {\n    \"sessionId\": \"x\",,\n".utf8)
    try broken.write(to: URL(fileURLWithPath: path))
    let store = JSONSessionStore(path: path)

    let error = try #require(throws: SessionStoreError.self) {
      try store.save(SessionPins(model: "openai/gpt-5-mini"), for: "main")
    }
    #expect(error.description.hasPrefix("\(path):3:22: "))
    #expect(error.description.hasSuffix("; fix or move the file; modelpin does not overwrite it"))
    #expect(throws: SessionStoreError.self) { try store.pins(for: "main") }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == broken)
  }

  @Test func neverOverwritesAFileThatIsNotAnObjectOfSessions() throws {
    let (path, _) = try Self.openClawState()
    try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: path))
    let problem = "the top level is not an object of sessions"
    #expect(throws: SessionStoreError.unexpectedContent(path: path, problem: problem)) {
      try JSONSessionStore(path: path).save(SessionPins(model: "openai/gpt-5-mini"), for: "main")
    }
    try Data(#"{"main": "legacy"}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: SessionStoreError.unexpectedContent(path: path, problem: #"session "main" is not an object"#)) {
      try JSONSessionStore(path: path).save(SessionPins(model: "openai/gpt-5-mini"), for: "main")
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == #"{"main": "legacy"}"#)
  }

  @Test func seesWhatAnotherWriterSaved() throws {
    let (path, _) = try Self.openClawState()
    let reader = JSONSessionStore(path: path)
    #expect(try reader.pins(for: "agent:main:main") == nil)
    let pins = SessionPins(model: "openai/gpt-5", updatedAt: 1_764_100_000_000)
    try JSONSessionStore(path: path).save(pins, for: "agent:main:main")
    #expect(try reader.pins(for: "agent:main:main") == pins)
  }

  @Test func waitsWhileOpenClawHoldsItsLock() throws {
    let (path, _) = try Self.openClawState()
    let lock = path + ".lock"
    try Data(#"{"pid":1,"startedAt":0}"#.utf8).write(to: URL(fileURLWithPath: lock))
    // OpenClaw lets go from outside the test's tasks, which the blocked save must not starve.
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { unlink(lock) }
    let waited = try ContinuousClock().measure {
      try JSONSessionStore(path: path).save(SessionPins(model: "openai/gpt-5"), for: "agent:main:main")
    }
    #expect(waited >= .milliseconds(250))
    #expect(try JSONSessionStore(path: path).pins(for: "agent:main:main")?.model == "openai/gpt-5")
    #expect(!FileManager.default.fileExists(atPath: lock))
  }

  @Test func takesOverALockLeftByAProcessThatDied() throws {
    let (path, _) = try Self.openClawState()
    let lock = path + ".lock"
    try Data(#"{"pid":1,"startedAt":0}"#.utf8).write(to: URL(fileURLWithPath: lock))
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: lock)
    let waited = try ContinuousClock().measure {
      try JSONSessionStore(path: path).save(SessionPins(model: "openai/gpt-5"), for: "agent:main:main")
    }
    #expect(waited < .seconds(5))
    #expect(!FileManager.default.fileExists(atPath: lock))
  }

  @Test func losesNoPinsWhenTwoProcessesWriteAtOnce() throws {
    let (path, _) = try Self.openClawState()
    let reports = try ConcurrentWriters.run(kind: .json, path: path, prefixes: ["a", "b"], count: 150)
    ConcurrentWriters.expectCleanOverlappingRun(reports)
    let all = try JSONSessionStore(path: path).allPins()
    #expect(ConcurrentWriters.lostSessions(prefixes: ["a", "b"], count: 150, in: all) == [])
    // The fixture's own two pinned sessions are still there, and so is every foreign field.
    #expect(all.count == 302)
    let untouched = try JSONValue.parse(Fixtures.text("sessions/sessions.json"))["agent:main:cron:daily-report"]
    #expect(try Self.entry("agent:main:cron:daily-report", in: path) == untouched?.objectValue)
  }
}
