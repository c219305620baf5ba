import Foundation
import ModelPinTestSupport
import Testing

/// The operator commands over a current OpenClaw folder (`fixtures/state/openclaw-current`),
/// against golden files in `fixtures/openclaw-current/`: secret references resolved or said
/// missing, cooldowns live and expired, the drifted order, the folder and its reason.
@Suite struct OpenClawCurrentGoldenTests {
  private static let now = ["--now", "2026-11-24T10:00:00Z"]
  static let commands: [(name: String, arguments: [String])] = [
    ("status", ["status", "--plain"] + now),
    ("status-json", ["status", "--json"] + now),
    ("auth-list", ["auth", "list"] + now),
    ("doctor", ["doctor"] + now),
    ("doctor-json", ["doctor", "--json"] + now),
    ("sessions-list", ["sessions", "list", "--json"]),
  ]

  @Test(arguments: commands.map(\.name))
  func printsAsRecorded(_ name: String) throws {
    let arguments = try #require(Self.commands.first { $0.name == name }).arguments
    let sandbox = try StateSandbox("openclaw-current")
    try sandbox.makePrivate()
    let result = try sandbox.run(arguments)
    #expect(result.stderr == "")
    // JSON names the copy's absolute path, which differs from run to run.
    let stdout = result.stdout.replacing(sandbox.state.path, with: "<state>")
    if let difference = try Golden.difference(stdout, goldenFile: "openclaw-current/\(name).txt") {
      Issue.record(Comment(rawValue: difference))
    }
  }
}
