import AuthProfiles
import Foundation
import ModelPin
import ModelPinTestSupport
import SessionState

/// An interpreter over a copy of a state fixture, with in-memory sessions and auth changes.
struct InterpreterFixture {
  let interpreter: Interpreter
  let sessions: InMemorySessionStore
  let folder: URL

  /// 2026-11-24T10:00:00Z, the clock of every fixture.
  static let now: Int64 = 1_795_514_400_000

  init(state: String = "basic", environment: [String: String] = [:], language: Language = .english) throws {
    let home = try TemporaryFolder.make()
    folder = try Fixtures.copyOfFolder("state/\(state)", into: home)
    var process = environment
    process["HOME"] = home.path
    let workspace = try Workspace.load(WorkspaceOptions(stateFolder: folder.path), processEnvironment: process)
    sessions = InMemorySessionStore()
    let auth = try AuthStateSnapshot(of: AuthProfileFile(path: workspace.layout.authProfilesFile))
    interpreter = try Interpreter(workspace: workspace, sessions: sessions, auth: auth, language: language)
  }

  /// Handles a line of session `main` (or `session`) at the fixture's clock plus `seconds`.
  @discardableResult
  func send(_ line: String, session: String = "main", sender: String? = nil, after seconds: Int64 = 0) -> Reply {
    interpreter.handle(line, session: session, sender: sender, at: Self.now + seconds * 1000)
  }

  /// Reports an outcome for `session` at the fixture's clock plus `seconds`.
  @discardableResult
  func report(_ report: OutcomeReport, session: String = "main", after seconds: Int64 = 0) -> Reply {
    interpreter.record(report, session: session, at: Self.now + seconds * 1000)
  }
}
