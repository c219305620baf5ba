import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

/// Two `serve` processes on the SAME session, in lock-step: whatever order their turns take, the
/// stored pins are those of one order of the two acknowledged commands, never a mix in which one
/// process wrote back pins it had read before the other's write.
@Suite struct SharedSessionTests {
  static let rounds = 100
  static let profiles = ["anthropic:personal", "anthropic:work"]
  /// B's models and the model pin each leaves (opus is the default: no model pin).
  static let models: [(typed: String, pin: String?)] = [
    ("haiku", "anthropic/claude-haiku-4-5"), ("opus", nil), ("sonnet", "anthropic/claude-sonnet-4-5"),
  ]

  static func store(_ kind: SessionStoreKind, _ layout: StateLayout) -> any SessionStore {
    kind == .json ? JSONSessionStore(path: layout.sessionsFile) : SQLiteSessionStore(path: layout.pinsDatabase)
  }

  @Test(arguments: [SessionStoreKind.sqlite, .json])
  func twoServersPinningOneSessionLoseNoAcknowledgedPin(_ kind: SessionStoreKind) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let arguments = ["--state-dir", folder.path, "--sessions", kind.rawValue]
    let a = try ServeProcess(arguments, environment: environment)
    let b = try ServeProcess(arguments, environment: environment)
    var mixed: [String] = []
    for round in 0..<Self.rounds {
      let profile = Self.profiles[round % 2]
      let model = Self.models[round % 3]
      a.send([HostileState.request(id: round, session: "main", text: "/model sonnet@\(profile)")])
      b.send([HostileState.request(id: round, session: "main", text: "/model \(model.typed)")])
      #expect(a.waitForReplies(round + 1) && b.waitForReplies(round + 1), "stderr: \(a.stderr) \(b.stderr)")
      let pins = try #require(try Self.store(kind, layout).pins(for: "main"))
      let serial = [model.pin, "anthropic/claude-sonnet-4-5"]
      if pins.profile != profile || pins.profileSource != .user || !serial.contains(pins.model) {
        mixed.append(
          "round \(round): \(pins.model ?? "default"), \(pins.profile ?? "-"), \(pins.profileSource?.rawValue ?? "-")")
      }
    }
    a.finish()
    b.finish()
    a.waitForExit()
    b.waitForExit()
    #expect(mixed == [], "pins that match neither order")
    #expect((a.replyLines + b.replyLines).filter { $0.contains(#""ok":false"#) } == [])
  }

  @Test(arguments: [SessionStoreKind.sqlite, .json])
  func anOutcomeRacingAUserPinNeverTurnsItIntoAnAutoPin(_ kind: SessionStoreKind) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let arguments = ["--state-dir", folder.path, "--sessions", kind.rawValue]
    let pinner = try ServeProcess(arguments, environment: environment)
    let reporter = try ServeProcess(arguments, environment: environment)
    var rotated: [String] = []
    for round in 0..<Self.rounds {
      let profile = Self.profiles[round % 2]
      // With no pins, the outcome's turn rotates the session's auto pin and writes it.
      pinner.send([HostileState.request(id: round, session: "main", text: "/model default")])
      #expect(pinner.waitForReplies(2 * round + 1))
      pinner.send([HostileState.request(id: round, session: "main", text: "/model sonnet@\(profile)")])
      reporter.send([HostileState.request(id: round, session: "main", outcome: "rate_limit")])
      #expect(pinner.waitForReplies(2 * round + 2) && reporter.waitForReplies(round + 1))
      let pins = try #require(try Self.store(kind, layout).pins(for: "main"))
      if pins.profile != profile || pins.profileSource != .user {
        rotated.append("round \(round): \(pins.profile ?? "-"), \(pins.profileSource?.rawValue ?? "-")")
      }
    }
    pinner.finish()
    reporter.finish()
    pinner.waitForExit()
    reporter.waitForExit()
    #expect(rotated == [], "user pins the user no longer holds")
  }
}
