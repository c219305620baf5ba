import ModelPin
import Testing

/// Spec §4.1, §4.5, §6: the providers overview and paged lists a chat can browse.
@Suite struct BrowsingTests {
  @Test func theOverviewCountsEachProvidersModelsAndSaysWhichHaveACredential() throws {
    let reply = try InterpreterFixture(state: "catalog").send("/models")
    #expect(reply.kind == .list && reply.ok)
    let providers = try #require(reply.providers)
    #expect(providers.first == ProviderSummary(provider: "anthropic", models: 7, hasCredential: true))
    #expect(
      providers.first { $0.provider == "openai" }
        == ProviderSummary(provider: "openai", models: 11, hasCredential: false))
    #expect(reply.text.hasSuffix("Open one with /models <provider>, e.g. /models anthropic."))
    #expect(reply.items == nil)
  }

  @Test func aPageShowsTwentyWithAHeaderAndTheCommandForTheNextPage() throws {
    let reply = try InterpreterFixture(state: "catalog").send("/model list")
    #expect(reply.items?.map(\.number) == Array(1...20))
    #expect(reply.page == ListPage(number: 1, count: 3, size: 20, total: 54, provider: nil))
    let lines = reply.text.split(separator: "\n")
    #expect(lines.first == "Models: 1–20 of 54, page 1 of 3")
    #expect(lines.dropLast().last == "Next page: /model list 2.")
  }

  @Test func numbersCountAcrossPages() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    let second = fixture.send("/models openai 2 limit=5")
    #expect(second.items?.map(\.number) == Array(6...10))
    #expect(second.text.hasPrefix("Models (openai): 6–10 of 11, page 2 of 3\n"))
    #expect(fixture.send("/model 8").route?.ref == "openai/gpt-5.1-codex")
    fixture.send("/models openai limit=5")
    #expect(fixture.send("/model 11").route?.ref == "openai/o4-mini")
  }

  @Test func limitIsAtMostOneHundredAndAllShowsEveryItem() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    #expect(fixture.send("/model list limit=500").page?.size == 100)
    #expect(fixture.send("/model list limit=0").page?.size == 1)
    let all = fixture.send("/models all")
    #expect(all.items?.count == 54 && all.page?.count == 1)
  }

  @Test func anUnknownProviderSuggestsTheCloseOnesAndNamesEveryKnownOne() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    let reply = fixture.send("/models anthropc")
    #expect(reply.error?.code == .unknownProvider)
    #expect(reply.error?.suggestions == ["anthropic"])
    #expect(reply.text.contains("Known providers: anthropic, openai, minimax, google,"))
    // The list shown before stays the one `/model <n>` picks from.
    #expect(fixture.send("/model 1").route?.ref == "anthropic/claude-3-5-haiku-latest")
  }

  @Test func aPagePastTheEndNamesTheValidPages() throws {
    let reply = try InterpreterFixture(state: "catalog").send("/models openai 4 limit=5")
    #expect(reply.error?.code == .invalidSelection)
    #expect(reply.text == "There is no page 4: pick a page from 1 to 3.")
    #expect(try InterpreterFixture(state: "catalog").send("/models openai 0").error?.code == .invalidSelection)
  }

  @Test func providersAreReadAsEverywhereElse() throws {
    let reply = try InterpreterFixture(state: "catalog").send("/models Z.AI")
    #expect(reply.page?.provider == "zai")
  }

  @Test func repliesCarryThePageAndTheProvidersAsJSON() throws {
    let fixture = try InterpreterFixture(state: "catalog")
    let page = fixture.send("/models openai limit=5").jsonLine
    #expect(page.contains(#""page":{"number":1,"count":3,"size":5,"total":11,"provider":"openai"}"#))
    #expect(page.contains(#""items":[{"n":1,"ref":"openai/gpt-4.1","#))
    let overview = fixture.send("/models").jsonLine
    #expect(overview.contains(#""providers":[{"provider":"anthropic","models":7,"hasCredential":true},"#))
  }

  @Test func answersInTraditionalChinese() throws {
    let reply = try InterpreterFixture(state: "catalog", language: .traditionalChinese).send("/models openai limit=5")
    #expect(reply.text.hasPrefix("模型（openai）：第 1–5 個，共 11 個，第 1/3 頁\n"))
  }
}
