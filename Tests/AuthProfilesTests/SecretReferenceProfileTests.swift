import AuthProfiles
import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// Profiles whose secret lives elsewhere (`keyRef`, `tokenRef`), read through `AuthProfileFile`.
@Suite struct SecretReferenceProfileTests {
  /// Three profiles: a key from the `vault` exec provider, a token from the environment, a plain key.
  private static let document = "secrets/auth-profiles.json"

  /// A state folder with the document above, whose `vault` counts its runs in `runs`.
  private func file(environment: [String: String] = [:]) throws -> (file: AuthProfileFile, runs: String) {
    let folder = try TemporaryFolder.make()
    let path = folder.appendingPathComponent("auth-profiles.json").path
    try StateFile.writeAtomically(Array(try Fixtures.text(Self.document).utf8), to: path)
    let runs = folder.appendingPathComponent("runs").path
    var config = Config()
    config.secretProviders["vault"] = .exec(
      .init(command: try Fixtures.url("secrets/vault.sh").path, passEnvironment: ["RUNS_FILE"]))
    var process = environment
    process["RUNS_FILE"] = runs
    let resolver = SecretResolver(config: config, environment: Environment(process: process))
    return (AuthProfileFile(path: path, secrets: resolver), runs)
  }

  private func runCount(_ runs: String) -> Int {
    ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").split(separator: "\n").count
  }

  @Test func givesAResolvedReferenceItsValueInsteadOfThePlainText() throws {
    let (file, _) = try file()
    let store = try file.current()
    #expect(store.secret(ofProfile: "openai:work") == Secret(kind: .apiKey, value: "sk-proj-FROM-VAULT-0123456789"))
    #expect(store.secret(ofProfile: "groq:plain")?.value == "gsk_plain_0123456789abc")
    #expect(store.authOrder(for: "openai", config: Config(), now: 0).ids == ["openai:work"])
  }

  @Test func makesAnUnresolvedReferenceMissingWithItsReason() throws {
    let (file, _) = try file()
    let store = try file.current()
    let profile = try #require(store.profile("anthropic:env"))
    #expect(profile.secretFailure == .environmentNotSet(variable: "ANTHROPIC_TOKEN_X"))
    #expect(!profile.hasSecret)
    #expect(store.secret(ofProfile: "anthropic:env") == nil)
    #expect(store.authOrder(for: "anthropic", config: Config(), now: 0).ids.isEmpty)
  }

  @Test func returnsATokensExpiryWithItsResolvedValue() throws {
    let (file, _) = try file(environment: ["ANTHROPIC_TOKEN_X": "sk-ant-oat01-from-env"])
    #expect(
      try file.current().secret(ofProfile: "anthropic:env")
        == Secret(kind: .token, value: "sk-ant-oat01-from-env", expires: 1_900_000_000_000))
  }

  @Test func resolvesOncePerLoadAndAgainOnlyWhenTheFileChanges() throws {
    let (file, runs) = try file()
    _ = try file.current()
    _ = try file.current()
    #expect(runCount(runs) == 1)
    try file.update { try $0.record(.rateLimit, profile: "openai:work", now: 1_000, settings: .init()) }
    _ = try file.current()
    #expect(runCount(runs) == 1, "a change this process wrote keeps the values resolved")
    var text = try String(contentsOfFile: file.path, encoding: .utf8)
    text = text.replacing("\"version\": 1", with: "\"version\": 1, \"note\": \"edited by OpenClaw\"")
    try StateFile.writeAtomically(Array(text.utf8), to: file.path)
    #expect(try file.current().secret(ofProfile: "openai:work") != nil)
    #expect(runCount(runs) == 2)
  }

  @Test func neverWritesAResolvedSecretIntoTheFile() throws {
    let (file, _) = try file()
    try file.update { try $0.record(.ok, profile: "openai:work", now: 1_000, settings: .init()) }
    let text = try String(contentsOfFile: file.path, encoding: .utf8)
    #expect(!text.contains("FROM-VAULT"))
    #expect(text.contains("\"keyRef\""))
  }

  @Test func leavesReferencesUnresolvedWithoutAResolver() throws {
    let (file, _) = try file()
    let store = try AuthProfileFile(path: file.path).load()
    #expect(store.profile("openai:work")?.secretFailure == .notResolved)
  }

  @Test func masksASecretThatIsPrinted() {
    #expect("\(Secret(kind: .apiKey, value: "sk-proj-FROM-VAULT-0123456789"))" == "api_key sk-proj-…6789")
  }
}
