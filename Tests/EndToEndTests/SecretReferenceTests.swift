import Foundation
import ModelPinTestSupport
import Testing

/// Secret references in a current OpenClaw folder (`fixtures/state/openclaw-current`): resolved
/// for use, masked when shown, and the reason given when one does not resolve.
@Suite struct SecretReferenceTests {
  private let now = ["--now", "2026-11-24T10:00:00Z"]

  @Test func statusUsesResolvedReferencesAndSaysWhyOneIsMissing() throws {
    let result = try StateSandbox("openclaw-current").run(["status", "--plain"] + now)
    #expect(result.status == 0, "\(result.stderr)")
    for line in [
      "  anthropic:work=sk-ant-a…6789 (next)",
      "  groq:ci=missing (env GROQ_CI_KEY is not set)",
    ] {
      #expect(result.stdout.contains(line + "\n"), "missing: \(line)\n\(result.stdout)")
    }
    #expect(!result.stdout.contains("FROMFILE") && !result.stdout.contains("VAULT-abc"))
  }

  @Test func authListAndItsJSONGiveTheReason() throws {
    let sandbox = try StateSandbox("openclaw-current")
    let text = try sandbox.run(["auth", "list"] + now)
    #expect(text.stdout.contains("groq:ci=missing (env GROQ_CI_KEY is not set)"))
    let json = try sandbox.run(["auth", "list", "--json"] + now)
    #expect(json.stdout.contains(#""unresolved": "env GROQ_CI_KEY is not set""#))
    #expect(!json.stdout.contains("FROMFILE"))
  }

  @Test func aVariableSetLaterResolvesTheProfile() throws {
    let result = try StateSandbox("openclaw-current", environment: ["GROQ_CI_KEY": "gsk_ci_0123456789abcdefgh"])
      .run(["status", "--plain"] + now)
    #expect(result.stdout.contains("  groq:ci=gsk_ci_0…efgh (next)\n"), "\(result.stdout)")
  }

  /// `serve --credentials` hands the bridge the value a reference resolved to, not the file's text.
  @Test func serveHandsOutTheSecretAReferenceResolvedTo() throws {
    let requests = #"{"id": 1, "text": "/model groq/llama-3.3-70b-versatile"}"# + "\n"
    let result = try StateSandbox("openclaw-current", environment: ["GROQ_CI_KEY": "gsk_ci_0123456789abcdefgh"])
      .run(["serve", "--stdio", "--credentials"], stdin: requests)
    #expect(result.stdout.contains(#""profile":"groq:ci""#), "\(result.stdout)")
    #expect(result.stdout.contains(#""secret":{"type":"api_key","value":"gsk_ci_0123456789abcdefgh","expires":null}"#))
  }

  @Test func doctorNamesEveryUnresolvedReference() throws {
    let sandbox = try StateSandbox("openclaw-current")
    try sandbox.makePrivate()
    let result = try sandbox.run(["doctor"] + now)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "auth profile groq:ci has no credential: its secret reference did not resolve (env GROQ_CI_KEY is not set)"))
    #expect(result.stdout.contains("models.providers.lmstudio.apiKey did not resolve (env LOCAL_LLM_KEY is not set)"))
  }

  @Test func aRouteUsesTheConfigKeyItsReferenceResolvedTo() throws {
    let sandbox = try StateSandbox("openclaw-current", environment: ["LOCAL_LLM_KEY": "lm-studio"])
    let result = try sandbox.run(["replay", "-"] + now, stdin: "/model local\nhello\n")
    #expect(result.stdout.contains("→ local (lmstudio/qwen3-coder-30b) · config key\n"), "\(result.stdout)")
  }
}
