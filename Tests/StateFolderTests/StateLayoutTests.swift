import StateFolder
import Testing

@Suite struct StateLayoutTests {
  @Test func prefersTheFlagThenModelpinThenOpenClawVariables() {
    let environment = ["HOME": "/home/u", "MODELPIN_STATE_DIR": "/m", "OPENCLAW_STATE_DIR": "/o"]
    #expect(StateLayout.resolveFolder(explicit: "/flag", environment: environment) == "/flag")
    #expect(StateLayout.resolveFolder(explicit: nil, environment: environment) == "/m")
    #expect(StateLayout.resolveFolder(explicit: nil, environment: ["OPENCLAW_STATE_DIR": "/o"]) == "/o")
    #expect(StateLayout.resolveFolder(explicit: nil, environment: ["HOME": "/home/u"]) == "/home/u/.modelpin")
    #expect(StateLayout.resolveFolder(explicit: "~/.openclaw", environment: ["HOME": "/home/u"]) == "/home/u/.openclaw")
  }

  @Test func placesAgentFilesAsOpenClawDoes() {
    let layout = StateLayout(folder: "/s", agent: "work")
    #expect(layout.authProfilesFile == "/s/agents/work/agent/auth-profiles.json")
    #expect(layout.sessionsFile == "/s/agents/work/sessions/sessions.json")
    #expect(layout.pinsDatabase == "/s/agents/work/sessions/pins.sqlite")
    #expect(layout.configCandidates == ["/s/modelpin.json", "/s/openclaw.json"])
  }

  @Test func shortensTheHomeFolderForDisplay() {
    #expect(StateLayout.abbreviatingHome("/home/u/.modelpin/x", home: "/home/u") == "~/.modelpin/x")
    #expect(StateLayout.abbreviatingHome("/home/user2/x", home: "/home/u") == "/home/user2/x")
  }
}
