import AuthProfiles
import Foundation
import ModelPin
import SessionState

/// A copy of a state folder of `fixtures/state/`, made once per fuzzing process.
public enum FuzzState {
  /// The repository's `fixtures/` folder, found from this source file.
  public static let fixtures: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("fixtures")

  /// A private copy of `fixtures/state/<name>`.
  public static func copy(_ name: String) -> String {
    let destination = FileManager.default.temporaryDirectory
      .appendingPathComponent("modelpin-fuzz-\(getpid())-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
      let copy = destination.appendingPathComponent(name)
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent("state/\(name)"), to: copy)
      return copy.path
    } catch {
      fatalError("cannot copy fixtures/state/\(name): \(error)")
    }
  }

  /// An interpreter over a copy of `fixtures/state/<name>` that writes nothing: memory sessions,
  /// a snapshot of auth-profiles.json.
  public static func interpreter(state name: String, environment: [String: String] = [:]) -> Interpreter {
    let folder = copy(name)
    do {
      let workspace = try Workspace.load(
        WorkspaceOptions(stateFolder: folder), processEnvironment: environment.merging(["HOME": folder]) { $1 })
      let auth = try AuthStateSnapshot(of: AuthProfileFile(path: workspace.layout.authProfilesFile))
      return try Interpreter(workspace: workspace, sessions: InMemorySessionStore(), auth: auth)
    } catch {
      fatalError("cannot start an interpreter on fixtures/state/\(name): \(error)")
    }
  }
}
