import AuthProfiles
import ModelPin
import SessionState

/// Interpreters over a state folder, as `modelpin replay` builds them, with the session store
/// and the auth file mode chosen by the benchmark.
public enum Interpreters {
  /// 2026-11-24T10:00:00Z, the clock of every benchmark (Unix ms).
  public static let now: Int64 = 1_795_514_400_000

  /// An interpreter over `state` with pins in memory and `auth-profiles.json` read once.
  public static func inMemory(state: String, sessions: any SessionStore = InMemorySessionStore()) throws
    -> Interpreter
  {
    let workspace = try Workspace.load(WorkspaceOptions(stateFolder: state), processEnvironment: [:])
    let auth = try AuthStateSnapshot(of: AuthProfileFile(path: workspace.layout.authProfilesFile))
    return try Interpreter(workspace: workspace, sessions: sessions, auth: auth)
  }
}
