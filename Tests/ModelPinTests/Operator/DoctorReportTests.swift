import Foundation
import ModelPin
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
        findings.first?.problem
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

    @Test func findsEnvironmentKeysThatProfilesShadow() throws {
      let state = try OperatorState(
        auth: authFile(profiles: "{\(work)}"), files: [".env": "OPENAI_API_KEY=x\nANTHROPIC_OAUTH_TOKEN=t\n"])
      try makePrivate(state)
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o600], ofItemAtPath: state.folder.appendingPathComponent(".env").path)
      let findings = try examine(state, environment: ["ANTHROPIC_API_KEY": "sk"]).findings
      #expect(findings.map(\.kind) == [.shadowedEnvironmentKey, .shadowedEnvironmentKey])
      #expect(findings.map(\.file) == [state.folder.appendingPathComponent(".env").path, nil])
      #expect(
        findings.last?.problem.hasPrefix("ANTHROPIC_API_KEY is set, but anthropic uses its auth profiles first") == true
      )
    }
  }
}
