import Foundation
import ModelPin
import ModelPinOperator
import ModelPinTestSupport
import Testing

/// 2026-11-24T10:00:00Z, the clock of the operator tests, in Unix milliseconds.
let testNow: Int64 = 1_795_514_400_000
let hour: Int64 = 3_600_000

/// A state folder written for one test, and operator contexts over it.
struct OperatorState {
  let folder: URL

  /// A state folder holding `openclaw.json` (JSON5), `auth-profiles.json` and other files, when given.
  init(config: String? = nil, auth: String? = nil, files: [String: String] = [:]) throws {
    folder = try TemporaryFolder.make().appendingPathComponent("state")
    var files = files
    if let config { files["openclaw.json"] = config }
    if let auth { files["agents/main/agent/auth-profiles.json"] = auth }
    for (path, text) in files { try write(text, to: path) }
  }

  /// The agent's auth-profiles.json.
  var authPath: String { folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path }

  /// The context at `now`, with `environment` as the process environment.
  func context(now: Int64 = testNow, environment: [String: String] = [:], language: String? = nil) throws
    -> OperatorContext
  {
    try OperatorContext.load(
      WorkspaceOptions(stateFolder: folder.path), languageFlag: language,
      processEnvironment: environment.merging(["HOME": folder.deletingLastPathComponent().path]) { $1 }, now: now)
  }

  /// The text of a file of the folder, or nil when it does not exist.
  func text(_ relativePath: String) -> String? {
    folder.textOfFile(relativePath)
  }

  /// Writes a file of the folder, creating its folders.
  func write(_ text: String, to relativePath: String) throws {
    try folder.writeFile(text, to: relativePath)
  }
}

/// A profiles document of `auth-profiles.json` with these members (JSON object texts).
func authFile(profiles: String, order: String = "{}", usageStats: String = "{}") -> String {
  #"{"version": 1, "profiles": \#(profiles), "order": \#(order), "usageStats": \#(usageStats)}"#
}

/// The tests of the operator commands' library: status, auth, sessions and doctor reports.
@Suite enum OperatorTests {}
