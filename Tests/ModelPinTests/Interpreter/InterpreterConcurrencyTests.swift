import AuthProfiles
import Foundation
import ModelPin
import ModelPinTestSupport
import SessionState
import Testing

/// One `Interpreter` used by many tasks at once, as a bridge serving many chats uses it: every
/// task's pins and every outcome must be there after, whatever the interleaving.
@Suite struct InterpreterConcurrencyTests {
  static let tasks = 8
  static let linesPerTask = 500
  static let now: Int64 = 1_795_510_800_000

  enum Store: String, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite
    var testDescription: String { rawValue }
  }

  /// An interpreter on a copy of fixtures/state/basic; outcomes go to its auth-profiles.json.
  static func interpreter(_ store: Store) throws -> (Interpreter, any AuthStateStore) {
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/basic", into: home)
    let workspace = try Workspace.load(
      WorkspaceOptions(stateFolder: folder.path), processEnvironment: ["HOME": home.path])
    let sessions: any SessionStore =
      store == .memory ? InMemorySessionStore() : SQLiteSessionStore(path: workspace.layout.pinsDatabase)
    let file = AuthProfileFile(path: workspace.layout.authProfilesFile)
    let auth: any AuthStateStore = store == .memory ? try AuthStateSnapshot(of: file) : file
    return (try Interpreter(workspace: workspace, sessions: sessions, auth: auth), auth)
  }

  /// Line `index` of task `task`: pins of its own sessions, lists and picks by number, reads,
  /// chat and outcomes, and pins of one session every task shares.
  static func step(task: Int, index: Int, on interpreter: Interpreter) -> (session: String, expected: String?) {
    let own = "task:\(task):\(index % 10)"
    switch index % 10 {
    case 0, 5:
      let model = (index / 10 + task) % 2 == 0 ? "sonnet" : "gpt"
      _ = interpreter.handle("/model \(model)", session: own, at: now)
      return (own, model == "sonnet" ? "anthropic/claude-sonnet-4-5" : "openai/gpt-5.2")
    case 1:
      _ = interpreter.handle("/model list anthropic", session: own, at: now)
      _ = interpreter.handle("/model 3", session: own, at: now)
      return (own, "anthropic/claude-sonnet-4-5")
    case 2:
      _ = interpreter.handle("/model \(index % 4 == 0 ? "opus" : "haiku")", session: "shared", at: now)
      return ("shared", nil)
    case 3:
      _ = interpreter.record(OutcomeReport(result: .rateLimit, profile: "anthropic:personal"), session: own, at: now)
      return (own, nil)
    case 4:
      _ = interpreter.handle("/model status", session: "shared", at: now)
      return ("shared", nil)
    default:
      _ = interpreter.handle("hello from \(task)", session: own, at: now)
      return (own, nil)
    }
  }

  @Test(arguments: Store.allCases)
  func manyTasksLoseNoPinAndNoOutcome(_ store: Store) async throws {
    let (interpreter, auth) = try Self.interpreter(store)
    let expected = await withTaskGroup(of: [String: String].self) { group in
      for task in 0..<Self.tasks {
        group.addTask {
          var last: [String: String] = [:]
          for index in 0..<Self.linesPerTask {
            let (session, model) = Self.step(task: task, index: index, on: interpreter)
            if let model { last[session] = model }
          }
          return last
        }
      }
      var all: [String: String] = [:]
      for await last in group { all.merge(last) { $1 } }
      return all
    }
    #expect(expected.count == Self.tasks * 3)
    for (session, model) in expected.sorted(by: { $0.key < $1.key }) {
      #expect(interpreter.route(of: session, at: Self.now)?.ref == model, "\(session)")
    }
    let shared = interpreter.route(of: "shared", at: Self.now)?.ref
    #expect(["anthropic/claude-opus-4-6", "anthropic/claude-haiku-4-5"].contains(shared))
    // Every outcome counted: in memory for a snapshot, in auth-profiles.json when live.
    let outcomes = Self.tasks * (Self.linesPerTask / 10)
    #expect(try auth.current().usage(of: "anthropic:personal").failureCounts["rate_limit"] == outcomes)
    if store == .sqlite {
      let file = try AuthProfileFile(path: interpreter.workspace.layout.authProfilesFile).current()
      #expect(file.usage(of: "anthropic:personal").failureCounts["rate_limit"] == outcomes)
    }
  }
}
