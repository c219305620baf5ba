import AuthProfiles
import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// SIGKILL in the middle of writes: every file still parses and holds the old or the new state,
/// and the next process is not held up by the lock the killed one left.
///
/// Each round starts `modelpin serve --stdio` on the same state folder, streams requests that
/// write, and kills it at a random moment: mostly while it writes (after its first reply), some
/// while it starts. A reply is only sent after its write, so after a kill the file holds every
/// answered change and at most one more.
@Suite struct CrashSafetyTests {
  /// Kills per file.
  static let rounds = 24

  /// Random pauses, reproducible from the seed printed with any failure.
  struct Pauses {
    var state: UInt64
    mutating func next(below bound: UInt32) -> UInt32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt32(truncatingIfNeeded: state >> 33) % bound
    }
  }

  /// Runs one round: starts serve, sends `requests`, kills it; returns how many replies came back.
  private static func killedRun(
    _ arguments: [String], environment: [String: String], requests: [String], round: Int, pauses: inout Pauses
  ) throws -> Int {
    let serve = try ServeProcess(arguments, environment: environment)
    serve.send(requests)
    if round % 6 == 5 {
      // While it starts: reading config, opening or migrating the store.
      usleep(pauses.next(below: 120_000))
    } else {
      // The previous round's kill left no lock that holds this one up.
      #expect(serve.waitForReplies(1, timeout: 8), "round \(round): no reply; stderr: \(serve.stderr)")
      if let first = serve.firstReplyAt {
        #expect(first.timeIntervalSince(serve.started) < 8, "round \(round): waited for a stale lock")
      }
      usleep(pauses.next(below: 40_000))
    }
    serve.kill()
    return serve.replyLines.count
  }

  /// After the rounds: one more process answers at once, and no lock or temporary file is left.
  private static func expectCleanFinish(
    _ arguments: [String], environment: [String: String], request: String, folder: String
  ) throws {
    let serve = try ServeProcess(arguments, environment: environment)
    serve.send([request])
    serve.finish()
    #expect(serve.waitForReplies(1, timeout: 8), "the last process got no reply: \(serve.stderr)")
    serve.waitForExit()
    #expect(serve.process.terminationStatus == 0)
    let leftovers = HostileState.files(under: URL(fileURLWithPath: folder))
      .filter { $0.hasSuffix(".lock") || $0.hasSuffix(".tmp") }
    #expect(leftovers == [], "left in \(folder)")
  }

  @Test func authProfilesKeepEveryAnsweredOutcomeAndEveryProfile() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let path = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    let original = try HostileState.json(path)["profiles"]
    var pauses = Pauses(state: UInt64(UInt32.random(in: 0...UInt32.max)))
    let seed = pauses.state
    var recorded: Int64 = 0
    let arguments = ["--state-dir", folder.path]
    for round in 0..<Self.rounds {
      let requests = (0..<300).map {
        HostileState.request(id: $0, session: "main", outcome: "rate_limit", profile: "anthropic:work")
      }
      let answered = try Self.killedRun(
        arguments, environment: environment, requests: requests, round: round, pauses: &pauses)
      let file = try HostileState.json(path)
      let count = file["usageStats"]?["anthropic:work"]?["failureCounts"]?["rate_limit"]?.int64Value ?? 0
      #expect(
        (recorded + Int64(answered))...(recorded + Int64(answered) + 1) ~= count,
        "round \(round) (seed \(seed)): \(answered) answered after \(recorded), file has \(count)")
      #expect(file["profiles"] == original, "round \(round): profiles changed")
      _ = try AuthStore(parsing: try #require(try StateFile.read(path)), path: path)
      recorded = count
    }
    try Self.expectCleanFinish(
      arguments, environment: environment,
      request: HostileState.request(id: 1, session: "main", outcome: "ok", profile: "anthropic:work"),
      folder: folder.path)
    #expect(StateFile.permissions(of: path) == 0o600)
  }

  @Test(arguments: [SessionStoreKind.json, .sqlite])
  func sessionStoresKeepEveryAnsweredPin(_ kind: SessionStoreKind) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let path = kind == .json ? layout.sessionsFile : layout.pinsDatabase
    if kind == .json {
      try FileManager.default.createDirectory(atPath: layout.sessionsFolder, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: try Fixtures.url("sessions/sessions.json").path, toPath: path)
    }
    let foreign = kind == .json ? try HostileState.json(path)["agent:main:cron:daily-report"] : nil
    var pauses = Pauses(state: UInt64(UInt32.random(in: 0...UInt32.max)))
    let seed = pauses.state
    let arguments = ["--state-dir", folder.path, "--sessions", kind.rawValue]
    var expected = Set<String>()
    for round in 0..<Self.rounds {
      let keys = (0..<150).map { "crash:\(round):\($0)" }
      let requests = keys.enumerated().map {
        HostileState.request(id: $0.offset, session: $0.element, text: "/model sonnet")
      }
      let answered = try Self.killedRun(
        arguments, environment: environment, requests: requests, round: round, pauses: &pauses)
      expected.formUnion(keys.prefix(answered))
      let store: any SessionStore = kind == .json ? JSONSessionStore(path: path) : SQLiteSessionStore(path: path)
      let pinned = try store.allPins().filter {
        $0.session.hasPrefix("crash:") && $0.pins.model == "anthropic/claude-sonnet-4-5"
      }
      let pinnedKeys = Set(pinned.map(\.session))
      #expect(expected.isSubset(of: pinnedKeys), "round \(round) (seed \(seed)): answered pins lost")
      // Unanswered pins may be kept only for the requests right after the answered ones: one in
      // flight, or on sessions.json the rest of the batch written before its replies were printed.
      let extra = pinnedKeys.subtracting(expected)
      let inFlight = kind == .json ? extra.count : min(extra.count, 1)
      #expect(
        extra == Set(keys.dropFirst(answered).prefix(inFlight)), "round \(round): \(extra.sorted())")
      expected = pinnedKeys
      if let foreign {
        #expect(try HostileState.json(path)["agent:main:cron:daily-report"] == foreign, "OpenClaw's session changed")
      }
    }
    try Self.expectCleanFinish(
      arguments, environment: environment,
      request: HostileState.request(id: 1, session: "after", text: "/model gpt"), folder: layout.sessionsFolder)
  }
}
