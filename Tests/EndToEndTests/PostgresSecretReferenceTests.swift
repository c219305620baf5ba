import Foundation
import ModelPinTestSupport
import PostgresState
import Testing

/// Secret references in the database's auth document (spec §5.1, §8): resolved for use, masked
/// when shown, and the reason given when one does not resolve, as in `auth-profiles.json`.
@Suite struct PostgresSecretReferenceTests {
  private let now = ["--now", "2026-11-24T10:00:00Z"]

  /// The openclaw-current state with its auth-profiles.json moved into a new schema, and the
  /// options that name it.
  private func sandbox() throws -> (StateSandbox, [String], String) {
    let sandbox = try StateSandbox("openclaw-current")
    let url = try PostgresTestServer.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    let bytes = try Data(contentsOf: sandbox.authFile)
    try database.auth.replaceDocument(with: Array(bytes), path: sandbox.authFile.path)
    try FileManager.default.removeItem(at: sandbox.authFile)
    return (sandbox, ["--database", url] + now, database.auth.location)
  }

  @Test func statusUsesResolvedReferencesAndSaysWhyOneIsMissing() throws {
    let (sandbox, options, _) = try sandbox()
    let result = try sandbox.run(["status", "--plain"] + options)
    #expect(result.status == 0, "\(result.stderr)")
    for line in ["  anthropic:work=sk-ant-a…6789 (next)", "  groq:ci=missing (env GROQ_CI_KEY is not set)"] {
      #expect(result.stdout.contains(line + "\n"), "missing: \(line)\n\(result.stdout)")
    }
    #expect(!result.stdout.contains("FROMFILE") && !result.stdout.contains("VAULT-abc"))
  }

  @Test func doctorNamesAnUnresolvedReferenceOfTheDatabase() throws {
    let (sandbox, options, location) = try sandbox()
    let result = try sandbox.run(["doctor"] + options)
    #expect(
      result.stdout.contains(
        location + ": auth profile groq:ci has no credential: its secret reference did not resolve"
          + " (env GROQ_CI_KEY is not set)"), "\(result.stdout)")
  }
}
