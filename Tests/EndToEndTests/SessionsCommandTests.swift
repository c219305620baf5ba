import Foundation
import ModelPinTestSupport
import Testing

@Suite struct SessionsCommandTests {
  /// A sandbox whose SQLite store pins `telegram:dm:42` to Sonnet with `anthropic:personal`.
  private func pinned() throws -> StateSandbox {
    let sandbox = try StateSandbox()
    let replay = try sandbox.run(
      ["replay", "--persist", "--session", "telegram:dm:42", "--now", "2026-11-24T10:00:00Z"],
      stdin: "/model sonnet@anthropic:personal\n")
    #expect(replay.status == 0)
    return sandbox
  }

  @Test func listsSessionsWithTheirPins() throws {
    let result = try pinned().run(["sessions", "list"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "telegram:dm:42 model anthropic/claude-sonnet-4-5 (user) · profile anthropic:personal (user) · updated 2026-11-24T10:00:00Z\n"
    )
  }

  @Test func showsPinsAndTheNextRoute() throws {
    let result = try pinned().run(["sessions", "show", "telegram:dm:42"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Next message: Sonnet (anthropic/claude-sonnet-4-5) · anthropic:personal (user)\n"))
  }

  @Test func showsAsJSON() throws {
    let result = try pinned().run(["sessions", "show", "telegram:dm:42", "--json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((document["pins"] as? [String: Any])?["model"] as? String == "anthropic/claude-sonnet-4-5")
    #expect((document["route"] as? [String: Any])?["profile"] as? String == "anthropic:personal")
  }

  @Test func clearsASessionsPins() throws {
    let sandbox = try pinned()
    let cleared = try sandbox.run(["sessions", "clear", "telegram:dm:42"])
    #expect(cleared.status == 0)
    #expect(cleared.stdout == "Pins of telegram:dm:42 cleared.\n")
    #expect(
      try sandbox.run(["sessions", "list"]).stdout.hasPrefix(
        "No session has pins in ~/basic/agents/main/sessions/pins.sqlite."))
    let again = try sandbox.run(["sessions", "clear", "telegram:dm:42", "--json"])
    #expect(again.status == 0)
    #expect(again.stdout.contains(#""cleared": false"#))
  }

  @Test func worksOnOpenClawsSessionsFile() throws {
    let sandbox = try StateSandbox("stale")
    let list = try sandbox.run(["sessions", "list", "--sessions", "json", "--json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
    let sessions = try #require(document["sessions"] as? [[String: Any]])
    #expect(sessions.map { $0["session"] as? String } == ["gone-profile", "removed-model", "wrong-provider"])
    #expect(try sandbox.run(["sessions", "clear", "gone-profile", "--sessions", "json"]).status == 0)
    let file = try #require(sandbox.text("agents/main/sessions/sessions.json"))
    #expect(file.contains(#""channel": "telegram""#))
    #expect(file.contains(#""untouched""#))
    #expect(!file.contains("anthropic:deleted"))
  }

  @Test func refusesAnUnusableSessionKey() throws {
    let result = try StateSandbox().run(["sessions", "show", ""])
    #expect(result.status == 1)
    #expect(result.stderr.contains("it is empty"))
  }
}
