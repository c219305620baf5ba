import Foundation
import ModelPinTestSupport
import Testing

/// A transcript in `fixtures/transcripts/` with its `.args` and its expected outputs.
struct TranscriptCase: CustomTestStringConvertible, Sendable {
  let input: URL
  var name: String { input.deletingPathExtension().lastPathComponent }
  var testDescription: String { input.lastPathComponent }

  /// Every transcript of the folder; an empty or missing folder fails the test instead of passing it.
  static func all() throws -> [TranscriptCase] {
    let inputs =
      try Fixtures.files(in: "transcripts", suffix: ".txt") + Fixtures.files(in: "transcripts", suffix: ".jsonl")
    return inputs.filter { !$0.lastPathComponent.contains(".expected.") }.map(TranscriptCase.init)
  }

  /// The replay arguments: the `.args` file with `--state @name` turned into a copy of
  /// `fixtures/state/<name>` inside the run's home folder (so paths show as `~/…`), and a fixed
  /// `--now` unless the file gives one.
  func arguments(json: Bool) throws -> (arguments: [String], home: URL) {
    let argsURL = input.deletingPathExtension().appendingPathExtension("args")
    var words = try String(contentsOf: argsURL, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(String.init)
    let home = try TemporaryFolder.make()
    if let index = words.firstIndex(of: "--state"), index + 1 < words.count, words[index + 1].hasPrefix("@") {
      let state = try Fixtures.copyOfFolder("state/" + words[index + 1].dropFirst(), into: home)
      words.replaceSubrange(index...index + 1, with: ["--state-dir", state.path])
    }
    if !words.contains("--now") { words += ["--now", "2026-11-24T10:00:00Z"] }
    return (["replay", input.path] + words + (json ? ["--json"] : []), home)
  }
}

@Suite struct GoldenTranscriptTests {
  @Test(arguments: try TranscriptCase.all())
  func replaysAsRecordedInText(_ transcript: TranscriptCase) throws {
    try check(transcript, json: false, golden: "transcripts/\(transcript.name).expected.txt")
  }

  @Test(arguments: try TranscriptCase.all())
  func replaysAsRecordedInJSON(_ transcript: TranscriptCase) throws {
    try check(transcript, json: true, golden: "transcripts/\(transcript.name).expected.jsonl")
  }

  private func check(_ transcript: TranscriptCase, json: Bool, golden: String) throws {
    let (arguments, home) = try transcript.arguments(json: json)
    let result = try ModelPinBinary.run(arguments, environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    if let difference = try Golden.difference(result.stdout, goldenFile: golden) {
      Issue.record(Comment(rawValue: difference))
    }
  }
}
