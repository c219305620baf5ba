import Foundation
import ModelPinTestSupport
import Testing

@Suite struct AuthCommandTests {
  private let token = "sk-ant-oat01-PASTEDSECRET-0000000000000"

  @Test func listsProfilesByProviderWithTheirPlaceInTheOrder() throws {
    let result = try StateSandbox().run(["auth", "list", "--plain", "--now", "2026-11-24T10:00:00Z"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        """
        anthropic · order from the config (auth.order)
          1. anthropic:work=sk-ant-a…0000 (next, lastGood)
          2. anthropic:personal=sk-ant-a…1111
          3. anthropic:manual=token:sk-ant-o…2222 (exp 3h)
          -  anthropic:old=token:sk-ant-o…3333 (expired)
          -  anthropic:spare=sk-ant-a…7777 (not in the order)

        openai · automatic order: by type, then least recently used
        """))
  }

  @Test func listsAsJSON() throws {
    let result = try StateSandbox().run(["auth", "list", "--json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let providers = try #require(document["providers"] as? [[String: Any]])
    #expect(providers.map { $0["provider"] as? String } == ["anthropic", "openai", "google"])
    let google = try #require((providers.last?["profiles"] as? [[String: Any]])?.first)
    #expect(google["email"] as? String == "me@example.com")
    #expect(google["health"] as? String == "ok")
  }

  @Test func getsSetsAndClearsAnOrder() throws {
    let sandbox = try StateSandbox()
    let set = try sandbox.run(["auth", "order", "set", "--provider", "anthropic", "anthropic:spare", "anthropic:work"])
    #expect(set.status == 0)
    #expect(
      set.stdout.hasPrefix("Order of anthropic saved.\nStored order of anthropic: anthropic:spare, anthropic:work\n"))
    let get = try sandbox.run(["auth", "order", "get", "--provider", "anthropic", "--json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(get.stdout.utf8)) as? [String: Any])
    #expect(document["stored"] as? [String] == ["anthropic:spare", "anthropic:work"])
    let clear = try sandbox.run(["auth", "order", "clear", "--provider", "anthropic"])
    #expect(clear.stdout.hasPrefix("Order of anthropic removed from auth-profiles.json."))
    #expect(sandbox.text("agents/main/agent/auth-profiles.json")?.contains(#""order""#) == true)
  }

  @Test func refusesAnOrderOfAnotherProvidersProfiles() throws {
    let sandbox = try StateSandbox()
    let before = sandbox.text("agents/main/agent/auth-profiles.json")
    let result = try sandbox.run(["auth", "order", "set", "--provider", "anthropic", "openai:default"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: auth profile openai:default belongs to openai, not anthropic"))
    #expect(sandbox.text("agents/main/agent/auth-profiles.json") == before)
  }

  @Test func pastesATokenFromAPipe() throws {
    let sandbox = try StateSandbox()
    let start = Date().timeIntervalSince1970 * 1000
    let result = try sandbox.run(
      ["auth", "paste-token", "--provider", "openrouter", "--expires-in", "30d"], stdin: token + "\n")
    #expect(result.status == 0)
    #expect(result.stdout == "Saved openrouter:manual=token:sk-ant-o…0000, expiring in 30d.\n")
    let file = try #require(sandbox.text("agents/main/agent/auth-profiles.json"))
    #expect(file.contains(#""openrouter:manual": {"#))
    let expires = try #require(file.firstMatch(of: /"openrouter:manual"[^}]*"expires": (\d+)/)?.output.1)
    let thirtyDays = 30 * 86_400_000.0
    #expect(Double(expires)! >= start + thirtyDays && Double(expires)! <= start + thirtyDays + 60_000)
    let mode = try FileManager.default.attributesOfItem(atPath: sandbox.authFile.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func putsAPastedTokenFirstInTheStoredOrder() throws {
    let sandbox = try StateSandbox()
    _ = try sandbox.run(["auth", "order", "set", "--provider", "anthropic", "anthropic:work"])
    let result = try sandbox.run(
      ["auth", "paste-token", "--provider", "anthropic", "--profile-id", "anthropic:cli"], stdin: token)
    #expect(result.stdout.hasSuffix("It is now first in the order of anthropic.\n"))
    let order = try sandbox.run(["auth", "order", "get", "--provider", "anthropic"])
    #expect(order.stdout.contains("Stored order of anthropic: anthropic:cli, anthropic:work\n"))
  }

  @Test func refusesALifetimeItCannotRead() throws {
    let result = try StateSandbox().run(
      ["auth", "paste-token", "--provider", "anthropic", "--expires-in", "3w"], stdin: token)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix(#"Error: --expires-in "3w" is not a duration such as 30d, 12h or 45m"#))
  }

  @Test func setupTokenTakesOnlyClaudeSubscriptionTokens() throws {
    let sandbox = try StateSandbox()
    let before = sandbox.text("agents/main/agent/auth-profiles.json")
    let refused = try sandbox.run(
      ["auth", "setup-token", "--provider", "anthropic"], stdin: "sk-ant-api03-NOTATOKEN-000000000000\n")
    #expect(refused.status == 1)
    #expect(refused.stderr.hasPrefix("Error: this is not a Claude subscription token (those start with sk-ant-oat)"))
    #expect(!refused.stderr.contains("NOTATOKEN"))
    #expect(sandbox.text("agents/main/agent/auth-profiles.json") == before)
    let accepted = try sandbox.run(["auth", "setup-token", "--provider", "anthropic"], stdin: token + "\n")
    #expect(accepted.status == 0)
    #expect(sandbox.text("agents/main/agent/auth-profiles.json")?.contains(token) == true)
  }

  @Test func setupTokenIsForAnthropicOnly() throws {
    let result = try StateSandbox().run(["auth", "setup-token", "--provider", "openai"], stdin: token)
    #expect(result.status == 1)
    #expect(result.stderr.contains("setup-token is for --provider anthropic only"))
  }

  /// `auth paste-token` on a terminal of its own (`script`, from Debian's essential bsdutils), waiting at its hidden prompt.
  private func hiddenTokenPrompt(_ sandbox: StateSandbox) throws -> PipedProcess {
    let command = try [
      ModelPinBinary.url().path, "auth", "paste-token", "--provider", "anthropic", "--state-dir", sandbox.state.path,
    ]
    let terminal = try PipedProcess(
      URL(fileURLWithPath: "/usr/bin/script"), ["-q", "-e", "-c", command.joined(separator: " "), "/dev/null"],
      environment: sandbox.environment)
    try terminal.waitFor("(it is not shown): ")
    return terminal
  }

  @Test func hidesTheTokenTypedOnATerminal() throws {
    let sandbox = try StateSandbox()
    let terminal = try hiddenTokenPrompt(sandbox)
    terminal.write(Data((token + "\n").utf8))
    try terminal.waitFor("Saved anthropic:manual")
    try terminal.closeInput()
    #expect(try terminal.exitStatus() == 0)
    #expect(!terminal.text.contains("PASTEDSECRET"))
    #expect(sandbox.text("agents/main/agent/auth-profiles.json")?.contains(token) == true)
  }

  /// Ctrl-C at the hidden prompt ends its line, so the shell's next prompt starts on a line of its own.
  @Test func endsThePromptLineOnControlC() throws {
    let terminal = try hiddenTokenPrompt(try StateSandbox())
    terminal.write(Data([0x03]))
    let status = try terminal.exitStatus()
    #expect(status == 130, "\(terminal.text)")
    #expect(
      terminal.text.range(of: #"\(it is not shown\): (\^C)?\r?\n"#, options: .regularExpression) != nil,
      "\(terminal.text)")
  }

  @Test func clearsCooldowns() throws {
    let sandbox = try StateSandbox()
    let outcome = #"{"session": "main", "outcome": {"result": "rate_limit", "profile": "anthropic:work"}}"#
    _ = try sandbox.run(["replay", "--format", "jsonl", "--persist"], stdin: outcome + "\n")
    #expect(sandbox.text("agents/main/agent/auth-profiles.json")?.contains("cooldownUntil") == true)
    let result = try sandbox.run(["auth", "cooldown", "clear", "--provider", "anthropic"])
    #expect(result.status == 0)
    #expect(result.stdout == "Cleared the cooldowns of anthropic: anthropic:work.\n")
    #expect(sandbox.text("agents/main/agent/auth-profiles.json")?.contains("cooldownUntil") == false)
  }

  @Test func clearsTheCooldownOfOneProfileOnly() throws {
    let result = try StateSandbox().run(["auth", "cooldown", "clear", "--profile", "anthropic:nope"])
    #expect(result.status == 1)
    #expect(result.stderr == "Error: no auth profile anthropic:nope; see modelpin auth list --state-dir ~/basic\n")
    let neither = try StateSandbox().run(["auth", "cooldown", "clear"])
    #expect(neither.status == 64)
    #expect(neither.stderr.hasPrefix("Error: give either --profile ID or --provider P"))
  }

  @Test(arguments: [
    ["auth", "paste-token", "--provider", "anthropic"],
    ["auth", "order", "set", "--provider", "anthropic", "anthropic:work"],
    ["auth", "cooldown", "clear", "--provider", "anthropic"], ["auth", "list"],
  ])
  func neverOverwritesABrokenAuthFile(_ arguments: [String]) throws {
    let sandbox = try StateSandbox()
    let broken = try Fixtures.text("auth/broken.json")
    try sandbox.write(broken, to: "agents/main/agent/auth-profiles.json")
    let result = try sandbox.run(arguments, stdin: token)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: cannot read ~/basic/agents/main/agent/auth-profiles.json: line 4, column"))
    #expect(sandbox.text("agents/main/agent/auth-profiles.json") == broken)
  }

  @Test func removesAProfileAndItsPlaceInTheOrder() throws {
    let sandbox = try StateSandbox()
    _ = try sandbox.run(["auth", "order", "set", "--provider", "anthropic", "anthropic:work", "anthropic:spare"])
    let removed = try sandbox.run(["auth", "remove", "--profile", "anthropic:spare"])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(
      removed.stdout
        == "Removed auth profile anthropic:spare and its usage stats.\nIt was taken out of the stored order of anthropic.\n"
    )
    let file = try #require(sandbox.text("agents/main/agent/auth-profiles.json"))
    #expect(!file.contains("anthropic:spare"))
    let missing = try sandbox.run(["auth", "remove", "--profile", "anthropic:spare"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "Error: no auth profile anthropic:spare; see modelpin auth list --state-dir ~/basic\n")
  }

  @Test func pasteTokenSaysWhatItReplacesAndWarnsOfAnUnknownProvider() throws {
    let sandbox = try StateSandbox()
    let replaced = try sandbox.run(
      ["auth", "paste-token", "--provider", "anthropic", "--profile-id", "anthropic:work"],
      stdin: "sk-ant-api03-REPLACED-000000000000")
    #expect(replaced.stdout.contains("It replaces the credential anthropic:work held before."), "\(replaced.stdout)")
    let fresh = try sandbox.run(
      ["auth", "paste-token", "--provider", "anthropic", "--profile-id", "anthropic:fresh"],
      stdin: "sk-ant-api03-NEW-0000000000")
    #expect(!fresh.stdout.contains("replaces"))
    let unknown = try sandbox.run(["auth", "paste-token", "--provider", "nosuchprov"], stdin: "tok-0000000000000000")
    #expect(unknown.status == 0)
    #expect(unknown.stdout.contains("modelpin knows no provider nosuchprov: check the spelling"))
  }

  @Test func showsEveryProvidersOrderWithoutAProvider() throws {
    let result = try StateSandbox().run(["auth", "order", "get"])
    #expect(result.status == 0, "\(result.stderr)")
    for provider in ["anthropic", "openai", "google"] {
      #expect(result.stdout.contains("auth-profiles.json has no order for \(provider)."), "\(result.stdout)")
    }
    let json = try StateSandbox().run(["auth", "order", "get", "--json"])
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(reports.map { $0["provider"] as? String } == ["anthropic", "openai", "google"])
  }

  /// `In effect now` says why a profile of the list is not where the list puts it.
  @Test func saysWhyAProfileIsLeftOutOfTheOrderInEffect() throws {
    let result = try StateSandbox().run(
      ["auth", "order", "get", "--provider", "anthropic", "--now", "2026-11-24T10:00:00Z"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        """
        In effect now: anthropic:work, anthropic:personal, anthropic:manual
          anthropic:old: its token expired at 2026-11-24T09:00:00Z, so it is left out

        """))
  }

  /// A questionable order is stored all the same, with warnings on standard error that say how to fix it.
  @Test func warnsWhenASetLeavesUsableProfilesOutOrStartsWithAnExpiredOne() throws {
    let sandbox = try StateSandbox()
    let result = try sandbox.run(
      [
        "auth", "order", "set", "--provider", "anthropic", "anthropic:old", "anthropic:work", "--now",
        "2026-11-24T10:00:00Z",
      ])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix("Order of anthropic saved.\nStored order of anthropic: anthropic:old, anthropic:work\n"))
    #expect(
      result.stderr == """
        modelpin: warning: the order of anthropic leaves out anthropic:personal, anthropic:manual, anthropic:spare: \
        they have a credential but are never used; to keep them: modelpin auth order set --provider anthropic \
        anthropic:old anthropic:work anthropic:personal anthropic:manual anthropic:spare --state-dir ~/basic
        modelpin: warning: anthropic:old comes first in the order of anthropic, but its token expired at \
        2026-11-24T09:00:00Z, so it is left out

        """)
  }

  /// A provider with only an environment key: the order names the key a message uses.
  @Test func namesTheEnvironmentKeyOfAProviderWithoutProfiles() throws {
    let sandbox = try StateSandbox(environment: ["GROQ_API_KEY": "gsk-env-0000"])
    let text = try sandbox.run(["auth", "order", "get", "--provider", "groq"])
    #expect(text.stdout.hasSuffix("In effect now: GROQ_API_KEY (environment), since no profile of groq can be used.\n"))
    let json = try sandbox.run(["auth", "order", "get", "--provider", "groq", "--json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["credential"] as? String == "env:GROQ_API_KEY")
    #expect((document["moved"] as? [Any])?.isEmpty == true)
    let chinese = try sandbox.run(["auth", "order", "get", "--provider", "groq", "--lang", "zh-Hant"])
    #expect(chinese.stdout.contains("目前生效：GROQ_API_KEY（環境變數），因為 groq 沒有可用的設定檔。"))
  }
}
