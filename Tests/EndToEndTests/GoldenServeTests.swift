import Foundation
import ModelPinTestSupport
import PostgresState
import StateFolder
import Testing

/// Request scripts in `fixtures/serve/` answered by `modelpin serve --stdio`, compared with their
/// recorded replies (`<name>.expected.jsonl`).
@Suite struct GoldenServeTests {
  static func scripts() throws -> [URL] {
    try Fixtures.files(in: "serve", suffix: ".jsonl").filter { !$0.lastPathComponent.contains(".expected.") }
  }

  @Test(arguments: try scripts())
  func answersAsRecorded(_ script: URL) throws {
    let home = try TemporaryFolder.make()
    let state = try Fixtures.copyOfFolder("state/basic", into: home)
    let requests = try String(contentsOf: script, encoding: .utf8)
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", state.path], stdin: requests,
      environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let name = script.deletingPathExtension().lastPathComponent
    if let difference = try Golden.difference(result.stdout, goldenFile: "serve/\(name).expected.jsonl") {
      Issue.record(Comment(rawValue: difference))
    }
  }
  /// The same scripts with the auth state and pins in PostgreSQL (spec §8): the same replies, but
  /// for where the auth state lives, which `/model status` names.
  @Test(arguments: try scripts())
  func answersAsRecordedOnPostgreSQL(_ script: URL) throws {
    let home = try TemporaryFolder.make()
    let state = try Fixtures.copyOfFolder("state/basic", into: home)
    let layout = StateLayout(folder: state.path, agent: "main")
    let url = try PostgresTestServer.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    let bytes = try #require(try StateFile.read(layout.authProfilesFile))
    try database.auth.replaceDocument(with: bytes, path: layout.authProfilesFile)
    try FileManager.default.removeItem(atPath: layout.authProfilesFile)
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", state.path, "--database", url],
      stdin: try String(contentsOf: script, encoding: .utf8), environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let output = result.stdout.replacing(
      database.auth.location, with: StateLayout.abbreviatingHome(layout.authProfilesFile, home: home.path))
    let name = script.deletingPathExtension().lastPathComponent
    let golden = "serve/\(name).expected.jsonl"
    let expected = try String(contentsOf: PackageRoot.url("fixtures/" + golden), encoding: .utf8)
    if let difference = Golden.firstDifference(expected: expected, actual: output, name: golden) {
      Issue.record(Comment(rawValue: difference))
    }
  }
}
