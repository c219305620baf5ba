import Foundation
import ModelPinTestSupport
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
}
