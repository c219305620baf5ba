import Foundation
import ModelPinTestSupport
import Testing

@Suite struct DoctorCommandTests {
  @Test func findsNothingInAPrivateHealthyFolder() throws {
    let sandbox = try StateSandbox("allowfrom")
    let result = try sandbox.run(["doctor"])
    #expect(result.status == 0)
    #expect(result.stdout == "State folder: ~/allowfrom (from --state-dir)\nNo problems found in ~/allowfrom.\n")
  }

  @Test func namesTheFileAndTheFixOfEveryProblem() throws {
    let result = try StateSandbox("doctor", asCheckedOut: true).run(["doctor", "--now", "2026-11-24T10:00:00Z"])
    #expect(result.status == 1)
    let auth = "~/doctor/agents/main/agent/auth-profiles.json"
    for expected in [
      "~/doctor: open to group or others (mode 755)\n  fix: run chmod 700 ~/doctor",
      "\(auth): open to group or others (mode 644)\n  fix: run chmod 600 \(auth)",
      "~/doctor/.env: open to group or others (mode 644)\n  fix: run chmod 600 ~/doctor/.env",
      "\(auth): profile anthropic:legacy has the unknown type \"password\"; modelpin skips it",
      "\(auth): the order of anthropic names profiles that are not stored for anthropic: anthropic:gone\n"
        + "  fix: run modelpin auth order set --provider anthropic anthropic:work --state-dir ~/doctor",
      "~/doctor/openclaw.json: auth.order.openai names only profiles that no longer exist (openai:deleted), "
        + "so openai uses its stored profiles instead",
      "\(auth): auth profile anthropic:old expired at 2026-11-24T09:00:00Z\n"
        + "  fix: paste a new token: modelpin auth paste-token --provider anthropic --profile-id anthropic:old --state-dir ~/doctor",
      "~/doctor/.env: note: ANTHROPIC_API_KEY is set beside the auth profiles of anthropic (anthropic:work)",
      "~/doctor/agents/main/sessions/sessions.json: does not parse: line 4",
      "8 problems found.\n1 note, not a problem.",
    ] {
      #expect(result.stdout.contains(expected), "missing: \(expected)\n\(result.stdout)")
    }
  }

  @Test func reportsABrokenConfigAsAFinding() throws {
    let sandbox = try StateSandbox("allowfrom")
    try sandbox.write("{ commands: ", to: "openclaw.json")
    let result = try sandbox.run(["doctor"])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "State folder: ~/allowfrom (from --state-dir)\n~/allowfrom/openclaw.json: does not parse: line 1, column"))
    #expect(result.stderr == "")
  }

  @Test func speaksTraditionalChinese() throws {
    let sandbox = try StateSandbox("allowfrom", asCheckedOut: true)
    let result = try sandbox.run(["doctor", "--lang", "zh-Hant"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("~/allowfrom：群組或其他使用者可以存取（權限 755）\n  修正方式：執行 chmod 700 ~/allowfrom"))
  }

  /// Scripts read the same verdict as people: the exit code of `--json` is the text's, and the
  /// document has every field of every finding.
  @Test func printsTheFindingsAsJSONWithTheSameExitCode() throws {
    let sandbox = try StateSandbox("doctor", asCheckedOut: true)
    let now = ["--now", "2026-11-24T10:00:00Z"]
    let text = try sandbox.run(["doctor"] + now)
    let json = try sandbox.run(["doctor", "--json"] + now)
    #expect(json.status == text.status)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["exitCode"] as? Int == 1)
    #expect(document["stateDirSource"] as? String == "state-dir")
    let findings = try #require(document["findings"] as? [[String: Any]])
    #expect(document["problems"] as? Int == 8)
    #expect(
      findings.filter { $0["severity"] as? String == "note" }.map { $0["kind"] as? String } == [
        "shadowed_environment_key"
      ])
    #expect(findings.allSatisfy { Set($0.keys) == ["kind", "severity", "file", "message", "fix"] })
  }

  /// An environment key kept beside profiles is a note: doctor shows it and still exits 0.
  @Test func exitsZeroForAnEnvironmentKeyKeptAsABackup() throws {
    let sandbox = try StateSandbox("allowfrom", environment: ["ANTHROPIC_API_KEY": "sk-ant-backup"])
    try sandbox.write(
      #"{"version": 1, "profiles": {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "sk-ant-w"}}}"#,
      to: "agents/main/agent/auth-profiles.json")
    let result = try sandbox.run(["doctor"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("environment: note: ANTHROPIC_API_KEY is set beside the auth profiles of anthropic"))
    #expect(result.stdout.hasSuffix("No problems found in ~/allowfrom.\n1 note, not a problem.\n"))
  }

  /// The config's typos, an empty secret and a readable plain key, as a user sees them, in both languages.
  @Test func namesTyposEmptySecretsAndAReadablePlainKey() throws {
    let sandbox = try StateSandbox("allowfrom")
    try sandbox.write(
      """
      {agents: {defaults: {model: {primary: "opneai/gpt-5.2", fallbacks: ["anthropic/claude-sonet-4-5"]}}},
       models: {providers: {openai: {apiKey: "sk-proj-plain-0000"}}}}
      """, to: "openclaw.json")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o644], ofItemAtPath: sandbox.state.appendingPathComponent("openclaw.json").path)
    try sandbox.write(
      #"{"version": 1, "profiles": {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": ""}}}"#,
      to: "agents/main/agent/auth-profiles.json")
    let result = try sandbox.run(["doctor"])
    #expect(result.status == 1)
    let config = "~/allowfrom/openclaw.json"
    let auth = "~/allowfrom/agents/main/agent/auth-profiles.json"
    for expected in [
      "\(config): holds the plain-text apiKey of openai and is readable by group or others (mode 644)\n"
        + "  fix: run chmod 600 \(config), or keep the key in .env and refer to it from the config",
      "\(config): agents.defaults.model names opneai/gpt-5.2, but modelpin knows no provider opneai; "
        + "did you mean openai/gpt-5.2?",
      "\(config): agents.defaults.model.fallbacks names anthropic/claude-sonet-4-5, a model its provider does not "
        + "have; did you mean anthropic/claude-sonnet-4-5?",
      "\(auth): auth profile anthropic:work has an empty secret, so no order uses it",
      "\(auth): anthropic has no credential, but anthropic/claude-sonet-4-5 needs one\n"
        + "  fix: set ANTHROPIC_OAUTH_TOKEN, or run modelpin auth paste-token --provider anthropic --state-dir ~/allowfrom",
      "5 problems found.",
    ] {
      #expect(result.stdout.contains(expected), "missing: \(expected)\n\(result.stdout)")
    }
    let chinese = try sandbox.run(["doctor", "--lang", "zh-Hant"])
    #expect(chinese.stdout.contains("modelpin 不認得供應商 opneai；您是不是要找 openai/gpt-5.2？"), "\(chinese.stdout)")
    #expect(chinese.stdout.contains("驗證設定檔 anthropic:work 的祕密是空的"))
    let status = try sandbox.run(["status", "--check"])
    #expect(status.status == 1)
    #expect(!status.stdout.contains("OPNEAI_API_KEY") && !status.stderr.contains("OPNEAI_API_KEY"))
    #expect(status.stderr.contains("opneai is not a provider modelpin knows"))
  }
}
