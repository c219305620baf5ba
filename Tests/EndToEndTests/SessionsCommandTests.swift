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
      result.stdout.hasPrefix("SESSION         MODEL                        PROFILE                    UPDATED\n"))
    #expect(result.stdout.contains("\ntelegram:dm:42  anthropic/claude-sonnet-4-5  anthropic:personal (user)  "))
    #expect(result.stdout.hasSuffix(" ago\n"))
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

  @Test func filtersByModelAndProfile() throws {
    let sandbox = try pinned()
    _ = try sandbox.run(["replay", "--persist", "--session", "main"], stdin: "/model haiku@anthropic:work\n")
    let byProfile = try sandbox.run(["sessions", "list", "--profile", "anthropic:work"])
    #expect(byProfile.stdout.contains("\nmain ") && !byProfile.stdout.contains("telegram:dm:42"), "\(byProfile.stdout)")
    let byProvider = try sandbox.run(["sessions", "list", "--profile", "anthropic", "--model", "claude-sonnet-4-5"])
    #expect(byProvider.stdout.contains("telegram:dm:42") && !byProvider.stdout.contains("\nmain "))
    let none = try sandbox.run(["sessions", "list", "--model", "gpt-5.2"])
    #expect(none.stdout.hasPrefix("No session in ~/basic/agents/main/sessions/pins.sqlite matches --model gpt-5.2."))
  }

  @Test func clearsEverySessionWithAll() throws {
    let sandbox = try pinned()
    _ = try sandbox.run(["replay", "--persist", "--session", "main"], stdin: "/model haiku\n")
    let cleared = try sandbox.run(["sessions", "clear", "--all"])
    #expect(cleared.stdout == "Pins of 2 sessions cleared.\n")
    #expect(try sandbox.run(["sessions", "list"]).stdout.hasPrefix("No session has pins"))
    let neither = try sandbox.run(["sessions", "clear"])
    #expect(neither.status == 64)
    #expect(neither.stderr.contains("name one session, or give --all"))
  }

  @Test func saysThereIsNoSuchSession() throws {
    let result = try pinned().run(["sessions", "show", "telegram:dm:99"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: No session telegram:dm:99 in ~/basic/agents/main/sessions/pins.sqlite: modelpin sessions list --state-dir ~/basic shows the sessions with pins.\n"
    )
  }
}
