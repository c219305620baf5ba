import ModelPin
import Testing

/// Spec §4.5: show, list and status.
@Suite struct ViewsTests {
  @Test func showGivesTheCurrentRouteTheDefaultAndHowToSwitch() throws {
    let text = try InterpreterFixture().send("/model").text
    let labels = text.split(separator: "\n").map { $0.split(separator: ":").first.map(String.init) ?? "" }
    #expect(labels == ["Current", "Default", "Switch", "List", "Status"])
  }

  @Test func listIsNumberedInTheStableProviderOrder() throws {
    let reply = try InterpreterFixture().send("/model list")
    let refs = reply.items?.map(\.ref) ?? []
    #expect(refs.first == "anthropic/claude-haiku-4-5")
    #expect(refs.firstIndex(of: "openai/gpt-5.2")! < refs.firstIndex(of: "google/gemini-3-flash-preview")!)
    #expect(reply.items?.map(\.number) == Array(1...refs.count))
    #expect(reply.items?.first { $0.ref == "openrouter/@preset/kimi" }?.hasCredential == false)
    #expect(reply.items?.first { $0.isDefault }?.ref == "anthropic/claude-opus-4-6")
  }

  @Test func aNumberPicksFromTheSessionsLastList() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/models openai")
    #expect(fixture.send("/model 2").route?.ref == "openai/gpt-5.2")
    #expect(fixture.send("/model 2", session: "fresh").route?.ref == "anthropic/claude-opus-4-6")
  }

  @Test func aNumberPicksFromTheCandidatesOfAnAmbiguousModel() throws {
    let fixture = try InterpreterFixture()
    let ambiguous = fixture.send("/model claude")
    #expect(ambiguous.error?.code == .ambiguousModel)
    let second = try #require(ambiguous.items?[1].ref)
    #expect(fixture.send("/model 2").route?.ref == second)
  }

  @Test func anOutOfRangeNumberIsAnInvalidSelection() throws {
    #expect(try InterpreterFixture().send("/model 99").error?.code == .invalidSelection)
  }

  @Test func statusMasksEverySecret() throws {
    let text = try InterpreterFixture().send("/model status").text
    for secret in [
      "sk-ant-api03-WORKSECRET-0000000000000000", "ya29.GOOGLESECRET-5555555555", "1//REFRESHSECRET-666666",
    ] {
      #expect(!text.contains(secret))
    }
    #expect(text.contains("anthropic:work=sk-ant-a…0000 (next, lastGood)"))
    #expect(text.contains("anthropic:manual=token:sk-ant-o…2222 (exp 3h)"))
    #expect(text.contains("anthropic:old=token:sk-ant-o…3333 (expired)"))
    #expect(text.contains("google:me@example.com=OAuth (me@example.com)"))
    #expect(text.contains("Auth file:    ~/basic/agents/main/agent/auth-profiles.json"))
  }

  @Test func statusLinesUpItsColumnsInChineseToo() throws {
    let text = try InterpreterFixture(language: .traditionalChinese).send("/model status").text
    let lines = text.split(separator: "\n").prefix(6)
    let valueColumns = Set(
      lines.map { line in
        DisplayWidth.of(line.prefix { $0 != " " }) + line.drop { $0 != " " }.prefix { $0 == " " }.count
      })
    #expect(valueColumns.count == 1)
  }
}
