import Foundation
import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct DoctorReportTests {
    private func examine(_ state: OperatorState, environment: [String: String] = [:]) throws -> DoctorReport {
      try DoctorReport.examine(
        WorkspaceOptions(stateFolder: state.folder.path), languageFlag: nil,
        processEnvironment: environment.merging(["HOME": state.folder.deletingLastPathComponent().path]) { $1 },
        now: testNow)
    }

    /// Gives the folder and the auth file private modes, so that only the finding under test shows.
    private func makePrivate(_ state: OperatorState) throws {
      try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: state.folder.path)
      if FileManager.default.fileExists(atPath: state.authPath) {
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: state.authPath)
      }
    }

    private let work = #""anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k"}"#

    @Test func findsNothingInAHealthyFolder() throws {
      let state = try OperatorState(auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      let report = try examine(state)
      #expect(report.findings == [])
      #expect(report.exitCode == 0)
      #expect(report.text.hasSuffix("\nNo problems found in ~/state."))
      #expect(report.text.hasPrefix("State folder: ~/state ("))
    }

    @Test func findsFilesOfSecretsOpenToOthers() throws {
      let state = try OperatorState(auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: state.authPath)
      let finding = try #require(try examine(state).findings.first)
      #expect(finding.kind == .permissions)
      #expect(finding.file == state.authPath)
      #expect(finding.problem == "open to group or others (mode 644)")
      #expect(finding.fix == "run chmod 600 ~/state/agents/main/agent/auth-profiles.json")
    }

    @Test func findsEveryBrokenFileAtOnce() throws {
      let state = try OperatorState(
        config: "{agents: ", auth: "{\"version\": 1,,}",
        files: ["agents/main/sessions/sessions.json": "[1, 2"])
      try makePrivate(state)
      let findings = try examine(state).findings
      #expect(findings.map(\.kind) == [.brokenFile, .brokenFile, .brokenFile])
      #expect(
        findings.map { URL(fileURLWithPath: $0.file ?? "").lastPathComponent } == [
          "openclaw.json", "auth-profiles.json", "sessions.json",
        ])
      #expect(findings.allSatisfy { $0.problem.hasPrefix("does not parse: line 1, column") })
    }

    @Test func findsEveryDuplicateAlias() throws {
      let state = try OperatorState(
        config: """
          {agents: {defaults: {models: {
            "anthropic/claude-opus-4-6": {alias: "Big"}, "openai/gpt-5.2": {alias: "big"},
            "anthropic/claude-haiku-4-5": {alias: "Small"}, "openai/gpt-5-mini": {alias: "small"}}}}}
          """)
      try makePrivate(state)
      let findings = try examine(state).findings
      #expect(findings.map(\.kind) == [.duplicateAlias, .duplicateAlias])
      #expect(
        findings.first?.problem.string
          == #"the alias "Big" is given to several models: anthropic/claude-opus-4-6, openai/gpt-5.2"#)
    }

    @Test func findsOrdersNamingMissingProfilesAndSaysWhichToKeep() throws {
      let state = try OperatorState(
        config: #"{auth: {order: {anthropic: ["anthropic:ghost"]}}}"#,
        auth: authFile(profiles: "{\(work)}", order: #"{"anthropic": ["anthropic:work", "anthropic:gone"]}"#))
      try makePrivate(state)
      let findings = try examine(state).findings
      #expect(findings.map(\.kind) == [.orderNamesMissingProfiles, .driftedOrder])
      #expect(
        findings.first?.fix == "run modelpin auth order set --provider anthropic anthropic:work --state-dir ~/state")
      #expect(findings.last?.file?.hasSuffix("openclaw.json") == true)
      #expect(
        findings.last?.problem
          == "auth.order.anthropic names only profiles that no longer exist (anthropic:ghost), so anthropic uses its stored profiles instead"
      )
    }

    @Test func findsExpiredCredentialsAndSkippedProfiles() throws {
      let state = try OperatorState(
        auth: authFile(
          profiles: """
            {\(work), "anthropic:old": {"type": "token", "provider": "anthropic", "token": "t", "expires": \(testNow - hour)},
             "odd": {"type": "api_key"}}
            """))
      try makePrivate(state)
      let findings = try examine(state).findings
      #expect(findings.map(\.kind) == [.skippedProfile, .expiredCredential])
      #expect(findings.last?.problem == "auth profile anthropic:old expired at 2026-11-24T09:00:00Z")
    }

    @Test func notesEnvironmentKeysKeptAsABackupBesideProfilesWithoutFailing() throws {
      let state = try OperatorState(
        auth: authFile(profiles: "{\(work)}"), files: [".env": "OPENAI_API_KEY=x\nANTHROPIC_OAUTH_TOKEN=t\n"])
      try makePrivate(state)
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o600], ofItemAtPath: state.folder.appendingPathComponent(".env").path)
      let report = try examine(state, environment: ["ANTHROPIC_API_KEY": "sk"])
      #expect(report.findings.map(\.kind) == [.shadowedEnvironmentKey, .shadowedEnvironmentKey])
      #expect(report.findings.map(\.severity) == [.note, .note])
      #expect(report.findings.map(\.file) == [state.folder.appendingPathComponent(".env").path, nil])
      #expect(report.findings.last?.problem.hasPrefix("ANTHROPIC_API_KEY is set beside the auth profiles") == true)
      #expect(report.exitCode == 0)
      #expect(report.text.hasSuffix("\nNo problems found in ~/state.\n2 notes, not problems."))
      #expect(report.text.contains("environment: note: ANTHROPIC_API_KEY"))
    }

    /// `doctor` and `status --check` judge a missing credential by one rule: both fail, or neither.
    @Test func failsLikeStatusCheckWhenTheDefaultHasNoCredential() throws {
      let state = try OperatorState(
        config:
          #"{agents: {defaults: {model: {primary: "anthropic/claude-opus-4-6", fallbacks: ["openai/gpt-5.2"]}}}}"#,
        auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      let report = try examine(state)
      #expect(report.findings.map(\.kind) == [.noCredential])
      #expect(report.findings.first?.problem == "openai has no credential, but openai/gpt-5.2 needs one")
      #expect(
        report.findings.first?.fix.string
          == "set OPENAI_API_KEY, or run modelpin auth paste-token --provider openai --state-dir ~/state")
      #expect(report.exitCode == 1)
      let context = try state.context()
      #expect(StatusReport(context: context, store: try context.authStore()).check.exitCode == 1)
      #expect(try examine(state, environment: ["OPENAI_API_KEY": "sk-proj"]).findings == [])
    }

    @Test func findsProfilesWithAnEmptyOrBlankSecret() throws {
      let state = try OperatorState(
        auth: authFile(
          profiles: """
            {\(work), "anthropic:blank": {"type": "api_key", "provider": "anthropic", "key": "  "},
             "groq:ci": {"type": "token", "provider": "groq", "token": ""}}
            """))
      try makePrivate(state)
      let findings = try examine(state).findings
      #expect(findings.map(\.kind) == [.emptySecret, .emptySecret])
      #expect(findings.first?.problem == "auth profile anthropic:blank has an empty secret, so no order uses it")
      #expect(
        findings.first?.fix.string
          == "paste its secret: modelpin auth paste-token --provider anthropic --profile-id anthropic:blank "
          + "--state-dir ~/state, or remove it: modelpin auth remove --profile anthropic:blank --state-dir ~/state")
    }

    @Test func findsTyposInTheConfigsModelsAndProvidersWithDidYouMean() throws {
      let state = try OperatorState(
        config: """
          {agents: {defaults: {model: {primary: "opneai/gpt-5.2", fallbacks: ["anthropic/claude-sonet-4-5"]}}}}
          """,
        auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      let findings = try examine(state).findings
      #expect(findings.map(\.kind) == [.unknownProvider, .unknownModel])
      #expect(
        findings.first?.problem.string
          == "agents.defaults.model names opneai/gpt-5.2, but modelpin knows no provider opneai; "
          + "did you mean openai/gpt-5.2?")
      #expect(findings.last?.problem.hasSuffix("did you mean anthropic/claude-sonnet-4-5?") == true)
      #expect(
        findings.first?.fix.string
          == "correct the ref in agents.defaults.model of the config, or add opneai under models.providers")
    }

    @Test func findsAConfiguredProviderThatLooksLikeABuiltInOneMistyped() throws {
      let state = try OperatorState(
        config: #"{models: {providers: {opneai: {apiKey: "${env:OPENAI_API_KEY}"}}}}"#,
        auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      let finding = try #require(try examine(state).findings.first)
      #expect(finding.kind == .unknownProvider)
      #expect(
        finding.problem
          == "models.providers.opneai has no baseUrl, and modelpin knows no provider opneai; did you mean openai?")
      #expect(finding.fix == "rename models.providers.opneai to the provider you meant, or give it a baseUrl")
    }

    @Test func findsAConfigHoldingAPlainKeyThatOthersCanRead() throws {
      let plain = #"{models: {providers: {openai: {apiKey: "sk-proj-plain"}}}}"#
      let state = try OperatorState(config: plain, auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      let config = state.folder.appendingPathComponent("openclaw.json").path
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: config)
      let finding = try #require(try examine(state).findings.first)
      #expect(finding.kind == .permissions)
      #expect(finding.problem == "holds the plain-text apiKey of openai and is readable by group or others (mode 644)")
      #expect(finding.fix.hasPrefix("run chmod 600 ~/state/openclaw.json, or keep the key in .env"))
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config)
      #expect(try examine(state).findings == [])
    }

    @Test func leavesAReadableConfigWithoutPlainKeysAlone() throws {
      let state = try OperatorState(
        config: #"{models: {providers: {openai: {apiKey: "${env:OPENAI_API_KEY}"}}}}"#,
        auth: authFile(profiles: "{\(work)}"))
      try makePrivate(state)
      #expect(try examine(state).findings.filter { $0.kind == .permissions } == [])
    }

    /// Every finding has every field, `file` null for the environment; the exit code is the text's.
    @Test func printsEveryFieldOfEveryFindingAsJSON() throws {
      let state = try OperatorState(
        auth: authFile(
          profiles: #"{\#(work), "anthropic:blank": {"type": "api_key", "provider": "anthropic", "key": ""}}"#))
      try makePrivate(state)
      let report = try examine(state, environment: ["ANTHROPIC_API_KEY": "sk"])
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(report.json.serialized(pretty: false).utf8)) as? [String: Any])
      #expect(Set(document.keys) == ["stateDir", "stateDirSource", "exitCode", "problems", "notes", "findings"])
      #expect(document["exitCode"] as? Int == 1)
      #expect(document["problems"] as? Int == 1)
      let findings = try #require(document["findings"] as? [[String: Any]])
      #expect(findings.map { $0["kind"] as? String } == ["empty_secret", "shadowed_environment_key"])
      #expect(findings.map { $0["severity"] as? String } == ["problem", "note"])
      #expect(findings.last?["file"] is NSNull)
      for finding in findings {
        #expect(Set(finding.keys) == ["kind", "severity", "file", "message", "fix"])
      }
    }
  }
}
