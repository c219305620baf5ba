import Foundation
import ModelPinTestSupport
import Testing

@Suite struct StatusCommandTests {
  /// When `anthropic:old` of `fixtures/state/basic` has expired and `anthropic:manual` expires in 3 h.
  private let afterExpiry = "2026-11-24T10:00:00Z"

  @Test func showsTheDefaultFallbacksAliasesAndEachProvidersCredentials() throws {
    let result = try StateSandbox().run(["status", "--now", afterExpiry])
    #expect(result.status == 0)
    for line in [
      "Default:   Opus (anthropic/claude-opus-4-6)",
      "Fallbacks: GPT (openai/gpt-5.2)",
      "           Sonnet → anthropic/claude-sonnet-4-5",
      "[anthropic] endpoint: default · api: anthropic-messages · needed by anthropic/claude-opus-4-6",
      "  uses: anthropic:work",
      "  ✓ anthropic:work=sk-ant-a…0000 (next, lastGood)",
      "  ! anthropic:manual=token:sk-ant-o…2222 (exp 3h)",
      "  ✗ anthropic:old=token:sk-ant-o…3333 (expired)",
      "  · anthropic:spare=sk-ant-a…7777 (not in the order)",
      "  ✓ google:me@example.com=OAuth (me@example.com) (next)",
    ] {
      #expect(result.stdout.contains(line + "\n"), "missing: \(line)\n\(result.stdout)")
    }
  }

  @Test func dropsMarksAndColourWhenPlain() throws {
    let result = try StateSandbox(environment: ["NO_COLOR": ""]).run(["status", "--plain", "--now", afterExpiry])
    #expect(result.stdout.contains("\n  anthropic:old=token:sk-ant-o…3333 (expired)\n"))
    #expect(!result.stdout.contains("✓") && !result.stdout.contains("\u{1B}"))
  }

  @Test func printsTheDocumentedJSON() throws {
    let result = try StateSandbox().run(["status", "--json", "--now", afterExpiry])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((document["default"] as? [String: Any])?["ref"] as? String == "anthropic/claude-opus-4-6")
    #expect((document["fallbacks"] as? [[String: Any]])?.first?["ref"] as? String == "openai/gpt-5.2")
    #expect((document["aliases"] as? [[String: Any]])?.count == 5)
    let providers = try #require(document["providers"] as? [[String: Any]])
    #expect(providers.map { $0["provider"] as? String } == ["anthropic", "openai", "google"])
    #expect(providers.first?["orderSource"] as? String == "config")
    let profiles = try #require(providers.first?["profiles"] as? [[String: Any]])
    #expect(profiles.map { $0["health"] as? String } == ["static", "static", "expiring", "expired", "static"])
    #expect((document["check"] as? [String: Any])?["exitCode"] as? Int == 1)
  }

  @Test func checkExitsZeroWhenEveryCredentialIsFine() throws {
    let result = try StateSandbox().run(["status", "--check", "--now", "2026-11-20T00:00:00Z"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
  }

  @Test func checkExitsTwoWhenATokenExpiresWithinADay() throws {
    let result = try StateSandbox().run(["status", "--check", "--now", "2026-11-24T08:30:00Z"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("auth profile anthropic:old expires in 30m; paste a new token soon"))
  }

  @Test func checkExitsOneWhenATokenHasExpired() throws {
    let result = try StateSandbox().run(["status", "--check", "--json", "--now", afterExpiry])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "auth profile anthropic:old has expired; paste a new token with modelpin auth paste-token"))
  }

  /// Every problem has every field, null where its kind has none: a script reads each one alike.
  @Test func checkProblemsHaveEveryFieldInJSON() throws {
    let result = try StateSandbox("fallback-without-key").run(["status", "--json", "--now", "2026-11-24T08:30:00Z"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let problems = try #require((document["check"] as? [String: Any])?["problems"] as? [[String: Any]])
    #expect(!problems.isEmpty)
    for problem in problems {
      #expect(Set(problem.keys) == ["kind", "provider", "profile", "model", "expiresIn", "suggestions"], "\(problem)")
    }
  }

  /// A suggested command acts on the state the user named: pasted as it is, it fixes that profile there.
  @Test func suggestsCommandsThatCanBePastedAsTheyAre() throws {
    let sandbox = try StateSandbox()
    let check = try sandbox.run(["status", "--check", "--agent", "main", "--now", afterExpiry])
    let command =
      "modelpin auth paste-token --provider anthropic --profile-id anthropic:old --state-dir ~/basic --agent main"
    #expect(check.stderr.contains(command), "\(check.stderr)")
    let chat = try sandbox.run(["replay", "--now", afterExpiry], stdin: "/model sonnet@anthropic:old\n")
    #expect(
      chat.stdout.contains(
        "paste a new token with modelpin auth paste-token --provider anthropic --profile-id anthropic:old --state-dir ~/basic."
      ), "\(chat.stdout)")
    let pasted = try ModelPinBinary.run(
      command.split(separator: " ").dropFirst().map { $0 == "~/basic" ? sandbox.state.path : String($0) },
      stdin: "sk-ant-api03-NEW-0000000000000000", environment: sandbox.environment)
    #expect(pasted.status == 0, "\(pasted.stderr)")
    #expect(try sandbox.run(["status", "--check", "--now", afterExpiry]).stderr.contains("anthropic:old") == false)
  }

  @Test func checkExitsOneWhenAFallbackHasNoCredential() throws {
    let result = try StateSandbox("fallback-without-key").run(["status", "--check"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("openai has no credential, but openai/gpt-5.2 needs one; set OPENAI_API_KEY"))
    let withKey = try StateSandbox("fallback-without-key", environment: ["OPENAI_API_KEY": "sk-proj-ENV"])
      .run(["status", "--check"])
    #expect(withKey.status == 0)
  }

  @Test func exitsZeroWithoutCheckWhateverTheCredentials() throws {
    #expect(try StateSandbox().run(["status", "--now", afterExpiry]).status == 0)
  }

  @Test func speaksTraditionalChinese() throws {
    let result = try StateSandbox().run(["status", "--lang", "zh-Hant", "--check", "--now", afterExpiry])
    #expect(result.stdout.contains("\n備援模型：") && result.stdout.contains(" GPT（openai/gpt-5.2）\n"))
    #expect(result.stderr.contains("驗證設定檔 anthropic:old 已過期"))
  }

  @Test func namesTheLineOfABrokenConfig() throws {
    let sandbox = try StateSandbox()
    try sandbox.write("{\n  agents: {,\n}\n", to: "openclaw.json")
    let result = try sandbox.run(["status"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: cannot read the config ~/basic/openclaw.json: line 2, column"))
    #expect(result.stdout == "")
  }

  @Test func refusesATimeThatIsNotISO8601() throws {
    let result = try StateSandbox().run(["status", "--now", "yesterday"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--now \"yesterday\" is not an ISO 8601 time"))
  }
}
