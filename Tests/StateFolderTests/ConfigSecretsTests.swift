import StateFolder
import Testing

/// `secrets.providers`, `secrets.defaults` and `models.providers.<p>.apiKey` as a reference (spec §2, §5.1).
@Suite struct ConfigSecretsTests {
  private func parse(_ text: String) throws -> Config {
    try ConfigLoader.parse(Array(text.utf8), path: "/s/openclaw.json")
  }

  @Test func readsOpenClawsSecretProviders() throws {
    let config = try parse(
      """
      {
        secrets: {
          providers: {
            default: { source: "env", allowlist: ["OPENAI_API_KEY"] },
            files: { source: "file", path: "~/.secrets.json", mode: "json" },
            token: { source: "file", path: "/run/token", mode: "singleValue" },
            vault: { source: "exec", command: "/usr/local/bin/vault-get", args: ["--json"], passEnv: ["VAULT_ADDR"],
                     timeoutMs: 2500, jsonOnly: false },
          },
          defaults: { exec: "vault" },
        },
      }
      """)
    #expect(config.secretProviders["default"] == .env(allowlist: ["OPENAI_API_KEY"]))
    #expect(config.secretProviders["files"] == .file(path: "~/.secrets.json", mode: .json))
    #expect(config.secretProviders["token"] == .file(path: "/run/token", mode: .singleValue))
    #expect(
      config.secretProviders["vault"]
        == .exec(
          .init(
            command: "/usr/local/bin/vault-get", arguments: ["--json"], passEnvironment: ["VAULT_ADDR"], timeout: 2500,
            jsonOnly: false)))
    #expect(config.secretProviderName(for: SecretReference(source: .exec, id: "x")) == "vault")
    #expect(config.secretProviderName(for: SecretReference(source: .file, id: "x")) == "default")
  }

  @Test func readsAnAPIKeyAsPlainTextAReferenceOrAnEnvTemplate() throws {
    let config = try parse(
      """
      { models: { providers: {
          plain: { apiKey: "sk-plain" },
          template: { apiKey: "${env:GROQ_KEY}" },
          object: { apiKey: { source: "exec", provider: "vault", id: "openrouter" } },
      } } }
      """)
    #expect(config.providers.map(\.apiKey) == ["sk-plain", nil, nil])
    #expect(
      config.providers.map(\.apiKeyReference) == [
        nil, SecretReference(source: .env, id: "GROQ_KEY"),
        SecretReference(source: .exec, provider: "vault", id: "openrouter"),
      ])
  }

  @Test func namesAProviderOfAnUnknownSource() {
    #expect {
      try parse(#"{ secrets: { providers: { x: { source: "vault" } } } }"#)
    } throws: { error in
      "\(error)".contains("secrets.providers.x.source")
    }
  }
}
