import ModelCommand
import Testing

@Suite struct CommandSyntaxTests {
  private let parser = CommandParser()

  @Test(
    arguments: [
      ("/model", .show),
      ("/model:", .show),
      ("/MODEL", .show),
      ("/models", .providers),
      ("/models:", .providers),
      ("/Models openai", .list(provider: "openai")),
      ("/models: openai", .list(provider: "openai")),
      ("/models list", .list(provider: "list")),
      ("/model list", .list(provider: nil)),
      ("/model LIST OpenAI", .list(provider: "OpenAI")),
      ("/model:list", .list(provider: nil)),
      ("/model: list", .list(provider: nil)),
      ("/model list\topenai", .list(provider: "openai")),
      ("/models openai 2", .list(provider: "openai", paging: ListPaging(page: 2))),
      ("/models openai 2 limit=50 all", .list(provider: "openai", paging: ListPaging(page: 2, limit: 50, all: true))),
      ("/models openai LIMIT=5", .list(provider: "openai", paging: ListPaging(limit: 5))),
      ("/models openai ALL", .list(provider: "openai", paging: ListPaging(all: true))),
      ("/models 2", .list(provider: nil, paging: ListPaging(page: 2))),
      ("/models all", .list(provider: nil, paging: ListPaging(all: true))),
      ("/model list 3", .list(provider: nil, paging: ListPaging(page: 3))),
      ("/model list openai 2", .list(provider: "openai", paging: ListPaging(page: 2))),
      ("/models openai limit=99999999999999999999999", .list(provider: "openai", paging: ListPaging(limit: Int.max))),
      ("/model status", .status),
      ("/model Status", .status),
      ("/model default", .reset),
      ("/model RESET", .reset),
      ("/model 3", .selectNumber(3)),
      ("/model 007", .selectNumber(7)),
      ("/model 99999999999999999999999", .selectNumber(Int.max)),
      ("/model: sonnet", .select(model: "sonnet", profile: nil)),
      ("/MODEL: Sonnet", .select(model: "Sonnet", profile: nil)),
      ("/model :list", .select(model: ":list", profile: nil)),
      ("/model 3@work", .select(model: "3", profile: "work")),
      ("/model list/x", .select(model: "list/x", profile: nil)),
      ("/model opus@", .select(model: "opus@", profile: nil)),
      ("/model @preset/kimi", .select(model: "@preset/kimi", profile: nil)),
      ("/model vertex/claude-haiku-4-5@20251001", .select(model: "vertex/claude-haiku-4-5@20251001", profile: nil)),
      ("/model gpt-5.2+fast", .select(model: "gpt-5.2+fast", profile: nil)),
    ] as [(String, ModelCommand.Action)])
  func readsEachFormOfTheFamily(line: String, action: ModelCommand.Action) {
    #expect(parser.parse(line).action == action)
  }

  @Test(arguments: [
    ("/model list@anthropic:work", "anthropic:work"),
    ("/model LIST@p", "p"),
    ("/model status@p", "p"),
    ("/model default@p", "p"),
    ("/model reset@p", "p"),
    ("/model @anthropic:work", "anthropic:work"),
    ("/model @google:me@example.com", "google:me@example.com"),
    ("/model @", ""),
    ("/model list openai@work", "work"),
    ("/models openai@work", "work"),
    ("/models @work", "work"),
    ("/model list@p extra", "p"),
  ])
  func rejectsAProfileWithoutAModel(line: String, profile: String) {
    #expect(parser.parse(line).error?.reason == .profileRequiresModel(profile: profile))
  }

  @Test func pointsAtTheTokenThatHasAProfileWithoutAModel() {
    #expect(parser.parse("/model list openai@work").error?.range == 12..<23)
  }

  @Test(
    arguments: [
      ("/model opus now please", "now please", 12..<22),
      ("/model list openai extra", "extra", 19..<24),
      ("/models openai all 2", "2", 19..<20),
      ("/models openai 2 3", "3", 17..<18),
      ("/models openai 2!", "!", 16..<17),
      ("/models openai limit=5x", "x", 22..<23),
      ("/models openai limit=", "limit=", 15..<21),
      ("/model status x", "x", 14..<15),
      ("/model default now", "now", 15..<18),
      ("/model 3 4", "4", 9..<10),
      ("/models openai gpt", "gpt", 15..<18),
      ("/model opus!", "!", 11..<12),
      ("/model openai/", "/", 13..<14),
      ("/model a//b", "//b", 8..<11),
      ("/model !!!", "!!!", 7..<10),
      ("/model list !", "!", 12..<13),
      ("/model opus x\ty", #"x\ty"#, 12..<15),
      ("/model opus 😀", "😀", 12..<16),
    ] as [(String, String, Range<Int>)])
  func rejectsTextLeftAfterTheToken(line: String, leftover: String, range: Range<Int>) {
    #expect(parser.parse(line).error == ParseError(.trailingText(leftover: leftover), range: range))
  }
}
