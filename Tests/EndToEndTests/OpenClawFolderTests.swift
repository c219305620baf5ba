import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// An OpenClaw user as they are today (spec §2): their folder found with no flag, their pins
/// shared with OpenClaw through `sessions.json`, typos in `--state-dir` and `--agent` said.
@Suite struct OpenClawFolderTests {
  /// A home holding `~/.openclaw` (a copy of `openclaw-current`) and no `~/.modelpin`.
  private func openClawHome() throws -> URL {
    let home = try TemporaryFolder.make()
    let copy = try Fixtures.copyOfFolder("state/openclaw-current", into: home)
    try FileManager.default.moveItem(at: copy, to: home.appendingPathComponent(".openclaw"))
    return home
  }

  @Test func findsTheOpenClawFolderWithNoFlagAndSaysWhy() throws {
    let home = try openClawHome()
    let environment = ModelPinBinary.cleanEnvironment(home: home)
    let status = try ModelPinBinary.run(["status", "--plain"], environment: environment)
    #expect(
      status.stdout.contains(
        "State:     ~/.openclaw (OpenClaw's folder: it holds openclaw.json and there is no ~/.modelpin)\n"),
      "\(status.stdout)")
    #expect(status.stdout.contains("Config:    ~/.openclaw/openclaw.json\n"))
    let json = try ModelPinBinary.run(["status", "--json"], environment: environment)
    #expect(json.stdout.contains(#""stateDirSource": "openclaw-home""#))
    let doctor = try ModelPinBinary.run(["doctor"], environment: environment)
    #expect(doctor.stdout.hasPrefix("State folder: ~/.openclaw (OpenClaw's folder"), "\(doctor.stdout)")
  }

  @Test func prefersAnExistingModelpinFolder() throws {
    let home = try openClawHome()
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent(".modelpin"), withIntermediateDirectories: true)
    let status = try ModelPinBinary.run(
      ["status", "--plain"], environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(status.stdout.contains("State:     ~/.modelpin (~/.modelpin exists)\n"), "\(status.stdout)")
  }

  @Test func saysOnceThatAStateDirOrAgentDoesNotExist() throws {
    let home = try TemporaryFolder.make()
    let environment = ModelPinBinary.cleanEnvironment(home: home)
    let typo = try ModelPinBinary.run(
      ["status", "--state-dir", home.appendingPathComponent(".opencalw").path], environment: environment)
    #expect(
      typo.stderr
        == "modelpin: warning: the state folder ~/.opencalw does not exist; check --state-dir (nothing is stored there yet)\n"
    )
    let state = try Fixtures.copyOfFolder("state/openclaw-current", into: home)
    let agent = try ModelPinBinary.run(
      ["replay", "-", "--state-dir", state.path, "--agent", "mian"], stdin: "hello\n", environment: environment)
    #expect(agent.stderr.components(separatedBy: "agent mian has no folder").count == 2, "\(agent.stderr)")
  }

  @Test func sharesPinsWithOpenClawThroughSessionsJSONInItsKeyForm() throws {
    let sandbox = try StateSandbox("openclaw-current")
    let replay = try sandbox.run(["replay", "-", "--persist"], stdin: "/model sonnet\n")
    #expect(replay.status == 0, "\(replay.stderr)")
    let document = try JSONValue.parse(try #require(sandbox.text("agents/main/sessions/sessions.json")))
    #expect(document["agent:main:main"]?["modelOverride"] == .string("claude-sonnet-4-5"))
    #expect(document["main"] == nil)
    // The entry OpenClaw wrote kept its own fields.
    #expect(document["agent:main:main"]?["sessionId"] == .string("3f1c9a52-7d1e-4b8a-9c43-2e5f0a6b7d18"))
    let list = try sandbox.run(["sessions", "list"])
    #expect(list.stdout.contains("main "), "\(list.stdout)")
    #expect(!list.stdout.contains("agent:main:"))
  }

  @Test func theStoreCanStillBeChosen() throws {
    let sandbox = try StateSandbox("openclaw-current", environment: ["MODELPIN_SESSIONS": "sqlite"])
    _ = try sandbox.run(["replay", "-", "--persist"], stdin: "/model sonnet\n")
    #expect(
      FileManager.default.fileExists(
        atPath: sandbox.state.appendingPathComponent("agents/main/sessions/pins.sqlite").path))
    #expect(sandbox.text("agents/main/sessions/sessions.json")?.contains("claude-sonnet-4-5") == false)
  }
}

/// `status` shows every provider with any credential (spec §7.6), allowlisted or not.
@Suite struct StatusCredentialProvidersTests {
  @Test func showsProvidersWhoseOnlyCredentialIsAnEnvironmentOrDotEnvKey() throws {
    let sandbox = try StateSandbox("allowfrom", environment: ["OPENAI_API_KEY": "sk-proj-ENV-0123456789abcdef"])
    try sandbox.write(#"{agents: {defaults: {models: {"anthropic/claude-opus-4-6": {}}}}}"#, to: "openclaw.json")
    try sandbox.write("GROQ_API_KEY=gsk_dotenv_0123456789abcdef\n", to: ".env")
    let text = try sandbox.run(["status", "--plain"])
    #expect(text.stdout.contains("\n[openai] "), "\(text.stdout)")
    #expect(text.stdout.contains("  env: OPENAI_API_KEY=sk-proj-…cdef\n"))
    #expect(text.stdout.contains("\n[groq] "))
    let json = try sandbox.run(["status", "--json"])
    #expect(json.stdout.contains(#""provider": "openai""#) && json.stdout.contains(#""provider": "groq""#))
  }
}
