import Foundation
import ModelPinTestSupport

/// A copy of a state folder of `fixtures/state/` in a fresh home, and runs of the built binary on it.
struct StateSandbox {
  let home: URL
  let state: URL
  var environment: [String: String]

  /// A copy of `fixtures/state/<fixture>`; `extra` is added to a clean environment. The folder and
  /// its files of secrets are private, as modelpin makes them, unless `asCheckedOut` keeps the modes
  /// of the checkout (readable by all, which every command warns about and doctor reports).
  init(_ fixture: String = "basic", environment extra: [String: String] = [:], asCheckedOut: Bool = false) throws {
    home = try TemporaryFolder.make()
    state = try Fixtures.copyOfFolder("state/" + fixture, into: home)
    environment = ModelPinBinary.cleanEnvironment(home: home, extra: extra)
    if !asCheckedOut { try makePrivate() }
  }

  /// Runs `modelpin <arguments> --state-dir <state>`.
  func run(_ arguments: [String], stdin: String = "") throws -> BinaryResult {
    try ModelPinBinary.run(arguments + ["--state-dir", state.path], stdin: stdin, environment: environment)
  }

  /// The agent's auth-profiles.json.
  var authFile: URL { state.appendingPathComponent("agents/main/agent/auth-profiles.json") }

  /// The text of a file of the state folder, or nil when it does not exist.
  func text(_ relativePath: String) -> String? {
    state.textOfFile(relativePath)
  }

  /// Writes a file of the state folder, creating its folder; the file is private (0600).
  func write(_ text: String, to relativePath: String) throws {
    try state.writeFile(text, to: relativePath)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o600], ofItemAtPath: state.appendingPathComponent(relativePath).path)
  }

  /// Gives the state folder and its files of secrets private modes, as doctor wants them.
  func makePrivate() throws {
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: state.path)
    for file in [authFile.path, state.appendingPathComponent(".env").path]
    where FileManager.default.fileExists(atPath: file) {
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
    }
  }
}
