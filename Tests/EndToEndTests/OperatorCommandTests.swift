import Foundation
import ModelPinTestSupport
import Testing

@Suite struct OperatorCommandTests {
  /// A secret of `fixtures/state/basic`, and one set in the environment.
  static let secrets = ["sk-ant-api03-WORKSECRET-0000000000000000", "sk-ant-api03-ENVSECRET-8888888888888888"]

  @Test func neverPrintsASecretWhole() throws {
    let sandbox = try StateSandbox("basic", environment: ["ANTHROPIC_API_KEY": Self.secrets[1]])
    let runs: [([String], String)] = [
      (["status"], ""), (["status", "--json"], ""), (["status", "--plain", "--check"], ""),
      (["auth", "list"], ""), (["auth", "list", "--json"], ""),
      (["auth", "order", "get", "--provider", "anthropic", "--json"], ""),
      (["auth", "order", "set", "--provider", "anthropic", "anthropic:work"], ""),
      (["auth", "paste-token", "--provider", "anthropic", "--profile-id", "anthropic:work"], Self.secrets[0]),
      (["auth", "setup-token", "--profile-id", "anthropic:work"], Self.secrets[0]),
      (["auth", "cooldown", "clear", "--provider", "anthropic"], ""),
      (["sessions", "list", "--json"], ""), (["sessions", "show", "main", "--json"], ""), (["doctor"], ""),
      (["serve", "--stdio"], #"{"id": 1, "text": "/model status"}"# + "\n"),
      (["replay", "--json"], "/model status\n"),
    ]
    for (arguments, stdin) in runs {
      let result = try sandbox.run(arguments, stdin: stdin)
      for secret in Self.secrets {
        #expect(!result.stdout.contains(secret), "stdout of \(arguments)")
        #expect(!result.stderr.contains(secret), "stderr of \(arguments)")
      }
    }
  }

  @Test(arguments: [
    ["status"], ["auth"], ["auth", "list"], ["auth", "order"], ["auth", "order", "get"], ["auth", "order", "set"],
    ["auth", "order", "clear"], ["auth", "paste-token"], ["auth", "setup-token"], ["auth", "cooldown"],
    ["auth", "cooldown", "clear"], ["sessions"], ["sessions", "list"], ["sessions", "show"], ["sessions", "clear"],
    ["doctor"], ["serve"],
  ])
  func explainsItselfWithAnExample(_ command: [String]) throws {
    let result = try ModelPinBinary.run(
      ["help"] + command, environment: ModelPinBinary.cleanEnvironment(home: TemporaryFolder.make()))
    #expect(result.status == 0)
    #expect(result.stdout.contains("\nExample:\n  "), "\(result.stdout)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func generatesShellCompletions(_ shell: String) throws {
    let result = try ModelPinBinary.run(
      ["--generate-completion-script", shell],
      environment: ModelPinBinary.cleanEnvironment(home: TemporaryFolder.make()))
    #expect(result.status == 0)
    for word in ["paste-token", "setup-token", "cooldown", "sessions", "doctor"] {
      #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
    }
  }
}
