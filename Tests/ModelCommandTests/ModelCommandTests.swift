import ModelCommand
import Testing

@Suite struct ModelCommandTests {
  private let parser = CommandParser(aliases: ["sonnet"])

  @Test func pointsAtEachPartOfASelect() throws {
    let command = try #require(parser.parse("/model opus@anthropic:work").command)
    #expect(command.range == 0..<26)
    #expect(command.nameRange == 0..<6)
    #expect(command.argumentRange == 7..<26)
    #expect(command.modelRange == 7..<11)
    #expect(command.profileRange == 12..<26)
    #expect(command.keywordRange == nil)
  }

  @Test func pointsIntoTheNormalizedText() throws {
    let command = try #require(parser.parse("  ／ｍｏｄｅｌ：　ｏｐｕｓ＠ｗｏｒｋ ").command)
    #expect(command.text == "/model: opus@work")
    #expect(command.modelRange == 8..<12)
    #expect(command.profileRange == 13..<17)
  }

  @Test func pointsAtTheKeywordAndTheProvider() throws {
    let command = try #require(parser.parse("/model list openai").command)
    #expect(command.keywordRange == 7..<11)
    #expect(command.argumentRange == 12..<18)
  }

  @Test(arguments: [
    ("/model", #"show "/model" @0..<6 name@0..<6"#),
    ("/models openai", #"list "/models openai" @0..<14 name@0..<7 provider="openai"@8..<14"#),
    ("/model: Status", #"status "/model: Status" @0..<14 name@0..<6 keyword@8..<14"#),
    ("/model 42", #"selectNumber 42 "/model 42" @0..<9 name@0..<6 argument@7..<9"#),
    (
      "/model opus@work",
      #"select "/model opus@work" @0..<16 name@0..<6 argument@7..<16 model="opus"@7..<11 profile="work"@12..<16"#
    ),
    ("/Sonnet:", #"aliasShortcut "Sonnet" "/Sonnet:" @0..<8 name@0..<7"#),
    ("/model\ta", #"select "/model\ta" @0..<8 name@0..<6 argument@7..<8 model="a"@7..<8"#),
  ])
  func dumpsItsActionTextAndPositionsOnOneLine(line: String, dump: String) throws {
    let command = try #require(parser.parse(line).command)
    #expect(command.debugDescription == dump)
  }
}
