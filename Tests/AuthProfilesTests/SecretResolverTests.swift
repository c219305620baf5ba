import AuthProfiles
import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

@Suite struct SecretResolverTests {
  private let openAI = SecretReference(source: .exec, provider: "vault", id: "openai/work")
  private let groq = SecretReference(source: .exec, provider: "vault", id: "groq/work")

  /// A config whose `vault` runs `fixtures/secrets/<script>`.
  private func config(script: String, timeout: Int64 = 5_000, passEnvironment: [String] = []) throws -> Config {
    var config = Config()
    config.secretProviders["vault"] = .exec(
      .init(command: try Fixtures.url("secrets/\(script)").path, passEnvironment: passEnvironment, timeout: timeout))
    return config
  }

  private func resolve(
    _ references: [SecretReference], config: Config, environment: [String: String] = [:]
  ) -> [SecretReference: SecretResolution] {
    SecretResolver(config: config, environment: Environment(process: environment)).resolve(references)
  }

  @Test func readsAnEnvironmentVariableOrSaysItIsNotSet() {
    let set = SecretReference(source: .env, id: "OPENAI_API_KEY")
    let unset = SecretReference(source: .env, id: "NOT_SET_ANYWHERE")
    let values = resolve([set, unset], config: Config(), environment: ["OPENAI_API_KEY": "sk-proj-env"])
    #expect(values[set] == .value("sk-proj-env"))
    #expect(values[unset] == .failure(.environmentNotSet(variable: "NOT_SET_ANYWHERE")))
  }

  @Test func refusesAVariableOutsideTheProvidersAllowlist() {
    var config = Config()
    config.secretProviders["default"] = .env(allowlist: ["OPENAI_API_KEY"])
    let reference = SecretReference(source: .env, id: "HOME")
    let values = resolve([reference], config: config, environment: ["HOME": "/root"])
    #expect(values[reference] == .failure(.environmentNotAllowed(provider: "default", variable: "HOME")))
  }

  @Test func readsAJSONPointerOrTheSingleValueOfAFile() throws {
    let folder = try TemporaryFolder.make()
    let json = folder.appendingPathComponent("secrets.json")
    try #"{"providers": {"openai": {"apiKey": "sk-proj-from-file"}}, "a/b": "slash"}"#.write(
      to: json, atomically: true, encoding: .utf8)
    let single = folder.appendingPathComponent("token")
    try "sk-ant-oat01-single\n".write(to: single, atomically: true, encoding: .utf8)
    var config = Config()
    config.secretProviders["files"] = .file(path: json.path, mode: .json)
    config.secretProviders["token"] = .file(path: single.path, mode: .singleValue)
    let pointer = SecretReference(source: .file, provider: "files", id: "/providers/openai/apiKey")
    let escaped = SecretReference(source: .file, provider: "files", id: "/a~1b")
    let absent = SecretReference(source: .file, provider: "files", id: "/providers/groq/apiKey")
    let value = SecretReference(source: .file, provider: "token", id: "value")
    let values = resolve([pointer, escaped, absent, value], config: config)
    #expect(values[pointer] == .value("sk-proj-from-file"))
    #expect(values[escaped] == .value("slash"))
    #expect(values[absent] == .failure(.noValue(provider: "files", id: "/providers/groq/apiKey")))
    #expect(values[value] == .value("sk-ant-oat01-single"))
  }

  @Test func runsAnExecProviderOnceForAllItsIdsWithOnlyThePassedVariables() throws {
    let runs = try TemporaryFolder.make().appendingPathComponent("runs").path
    let config = try config(script: "vault.sh", passEnvironment: ["RUNS_FILE"])
    let values = resolve([openAI, groq], config: config, environment: ["RUNS_FILE": runs, "OTHER": "x"])
    #expect(values[openAI] == .value("sk-proj-FROM-VAULT-0123456789"))
    #expect(values[groq] == .value("gsk_FROM_VAULT_abcdefghijkl"))
    #expect(try String(contentsOfFile: runs, encoding: .utf8) == "run\n")
  }

  @Test func sendsOpenClawsRequestOnStandardInput() throws {
    let request = try TemporaryFolder.make().appendingPathComponent("request").path
    let config = try config(script: "echo-request.sh", passEnvironment: ["REQUEST_FILE"])
    let values = resolve([groq, openAI], config: config, environment: ["REQUEST_FILE": request])
    #expect(
      try String(contentsOfFile: request, encoding: .utf8)
        == #"{"protocolVersion":1,"provider":"vault","ids":["groq/work","openai/work"]}"#)
    #expect(values[openAI] == .failure(.commandFailed(provider: "vault", status: 3)))
  }

  @Test func stopsACommandThatHangsAtItsTimeout() throws {
    let started = Date()
    let values = resolve([openAI], config: try config(script: "hangs.sh", timeout: 300))
    #expect(values[openAI] == .failure(.commandTimedOut(provider: "vault", timeout: 300)))
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test func neverTakesGarbageForASecret() throws {
    let values = resolve([openAI], config: try config(script: "garbage.sh"))
    #expect(values[openAI] == .failure(.commandOutputInvalid(provider: "vault")))
  }

  @Test func keepsTheValuesOfAReplyWithErrorsForOtherIds() throws {
    let values = resolve([openAI, groq], config: try config(script: "per-id-errors.sh"))
    #expect(values[openAI] == .value("sk-proj-FROM-VAULT-0123456789"))
    #expect(values[groq] == .failure(.commandError(provider: "vault", id: "groq/work")))
  }

  @Test func runsNothingButAnAbsolutePathAndNamesAMissingCommand() {
    var config = Config()
    config.secretProviders["vault"] = .exec(.init(command: "vault.sh"))
    config.secretProviders["gone"] = .exec(.init(command: "/nonexistent/vault"))
    let gone = SecretReference(source: .exec, provider: "gone", id: "x")
    let values = resolve([openAI, gone], config: config)
    #expect(values[openAI] == .failure(.commandNotAbsolute(provider: "vault")))
    #expect(values[gone] == .failure(.commandNotStarted(provider: "gone", reason: "no such file or directory")))
  }

  @Test func namesAProviderThatIsMissingOrOfAnotherSource() {
    var config = Config()
    config.secretProviders["files"] = .file(path: "/nonexistent", mode: .json)
    let missing = SecretReference(source: .exec, provider: "nowhere", id: "x")
    let wrong = SecretReference(source: .exec, provider: "files", id: "x")
    let values = resolve([missing, wrong], config: config)
    #expect(values[missing] == .failure(.providerNotConfigured(provider: "nowhere")))
    #expect(values[wrong] == .failure(.wrongSource(provider: "files", source: .exec)))
  }

  @Test func usesTheConfiguredDefaultProviderOfASource() throws {
    var config = try config(script: "vault.sh")
    config.secretDefaults[.exec] = "vault"
    let reference = SecretReference(source: .exec, id: "openai/work")
    #expect(resolve([reference], config: config)[reference] == .value("sk-proj-FROM-VAULT-0123456789"))
  }
}
