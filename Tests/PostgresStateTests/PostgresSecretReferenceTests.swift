import AuthProfiles
import Foundation
import ModelPinTestSupport
import PostgresState
import StateFolder
import Testing

/// Secret references (`keyRef`, `tokenRef`) in the database's auth document, resolved as
/// `auth-profiles.json`'s are (spec §5.1, §8).
@Suite struct PostgresSecretReferenceTests {
  /// Three profiles: a key from the `vault` exec provider, a token from the environment, a plain
  /// key (the same as the file store's test).
  private static let document = "secrets/auth-profiles.json"

  /// Two instances on a new schema holding the document above; `vault` counts its runs in `runs`.
  private func instances(environment: [String: String] = [:]) throws
    -> (first: PostgresDatabase, second: PostgresDatabase, runs: String)
  {
    let runs = try TemporaryFolder.make().appendingPathComponent("runs").path
    var config = Config()
    config.secretProviders["vault"] = .exec(
      .init(command: try Fixtures.url("secrets/vault.sh").path, passEnvironment: ["RUNS_FILE"]))
    var process = environment
    process["RUNS_FILE"] = runs
    let resolver = SecretResolver(config: config, environment: Environment(process: process))
    let url = try DatabaseURL(PostgresTestServer.databaseURL())
    let first = PostgresDatabase(url: url, agent: "main", secrets: resolver)
    try first.auth.replaceDocument(with: Array(try Fixtures.text(Self.document).utf8), path: "auth-profiles.json")
    return (first, PostgresDatabase(url: url, agent: "main", secrets: resolver), runs)
  }

  private func runCount(_ runs: String) -> Int {
    ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").split(separator: "\n").count
  }

  @Test func givesAResolvedReferenceItsValueInsteadOfThePlainText() throws {
    let (_, second, _) = try instances(environment: ["ANTHROPIC_TOKEN_X": "sk-ant-oat01-from-env"])
    let store = try second.auth.current()
    #expect(store.secret(ofProfile: "openai:work") == Secret(kind: .apiKey, value: "sk-proj-FROM-VAULT-0123456789"))
    #expect(
      store.secret(ofProfile: "anthropic:env")
        == Secret(kind: .token, value: "sk-ant-oat01-from-env", expires: 1_900_000_000_000))
    #expect(store.secret(ofProfile: "groq:plain")?.value == "gsk_plain_0123456789abc")
  }

  @Test func makesAnUnresolvedReferenceMissingWithItsReason() throws {
    let (_, second, _) = try instances()
    let store = try second.auth.current()
    #expect(store.profile("anthropic:env")?.secretFailure == .environmentNotSet(variable: "ANTHROPIC_TOKEN_X"))
    #expect(store.authOrder(for: "anthropic", config: Config(), now: 0).ids.isEmpty)
  }

  @Test func resolvesOncePerRevisionReadAndKeepsTheValuesForItsOwnChanges() throws {
    let (first, second, runs) = try instances()
    _ = try second.auth.current()
    _ = try second.auth.current()
    #expect(runCount(runs) == 2, "one run for each instance's import or first read")
    try second.auth.update { try $0.record(.rateLimit, profile: "openai:work", now: 1_000, settings: .init()) }
    _ = try second.auth.current()
    #expect(runCount(runs) == 2, "a change this instance wrote keeps the values resolved")
    #expect(try first.auth.current().secret(ofProfile: "openai:work") != nil)
    #expect(runCount(runs) == 3, "another instance reads the new revision and resolves it")
  }

  @Test func neverWritesAResolvedSecretIntoTheDocument() throws {
    let (first, _, _) = try instances()
    try first.auth.update { try $0.record(.ok, profile: "openai:work", now: 1_000, settings: .init()) }
    let text = try #require(try first.auth.document())
    #expect(!text.contains("FROM-VAULT"))
    #expect(text.contains("\"keyRef\""))
  }
}
