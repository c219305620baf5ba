import Foundation
import ModelPinTestSupport
import PostgresState
import SessionState
import StateFolder
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

extension TranscriptCase {
  /// The replay arguments on a new PostgreSQL schema (spec §8) holding the state's auth document
  /// and pins, the files removed so that only the database can answer; and the one text the
  /// output may differ in: where the auth state lives, printed by `/model status`, with the file
  /// location the golden shows instead.
  func argumentsOnPostgreSQL(json: Bool) throws
    -> (arguments: [String], home: URL, authLocation: (database: String, file: String))
  {
    var (arguments, home) = try arguments(json: json)
    let folder = try #require(arguments.firstIndex(of: "--state-dir").map { arguments[$0 + 1] })
    let layout = StateLayout(folder: folder, agent: "main")
    let url = try PostgresTestServer.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    if let bytes = try StateFile.read(layout.authProfilesFile) {
      try database.auth.replaceDocument(with: bytes, path: layout.authProfilesFile)
      try FileManager.default.removeItem(atPath: layout.authProfilesFile)
    }
    let pinsInJSON = arguments.contains("json") || layout.isOpenClawFolder
    let pinsFile = pinsInJSON ? layout.sessionsFile : layout.pinsDatabase
    if FileManager.default.fileExists(atPath: pinsFile) {
      let files: any SessionStore = pinsInJSON ? JSONSessionStore(path: pinsFile) : SQLiteSessionStore(path: pinsFile)
      for (session, pins) in try files.allPins() { try database.sessions.save(pins, for: session) }
      try FileManager.default.removeItem(atPath: pinsFile)
    }
    arguments += ["--database", url]
    let file = StateLayout.abbreviatingHome(layout.authProfilesFile, home: home.path)
    return (arguments, home, (database.auth.location, file))
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

  /// The same transcripts, with the pins and auth state in PostgreSQL: the same bytes, but for
  /// the auth location `/model status` names.
  @Test(arguments: try TranscriptCase.all())
  func replaysAsRecordedOnPostgreSQL(_ transcript: TranscriptCase) throws {
    for json in [false, true] {
      let (arguments, home, location) = try transcript.argumentsOnPostgreSQL(json: json)
      let result = try ModelPinBinary.run(arguments, environment: ModelPinBinary.cleanEnvironment(home: home))
      #expect(result.status == 0, "stderr: \(result.stderr)")
      let output = result.stdout.replacing(location.database, with: location.file)
      let golden = "transcripts/\(transcript.name).expected.\(json ? "jsonl" : "txt")"
      let expected = try String(contentsOf: PackageRoot.url("fixtures/" + golden), encoding: .utf8)
      if let difference = Golden.firstDifference(expected: expected, actual: output, name: golden) {
        Issue.record(Comment(rawValue: difference))
      }
    }
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
