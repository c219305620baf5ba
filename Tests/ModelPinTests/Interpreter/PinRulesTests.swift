import ModelPin
import SessionState
import Testing

/// Spec §4.3, rule by rule.
@Suite struct PinRulesTests {
  @Test func selectingTheDefaultModelClearsTheModelPin() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model sonnet")
    let reply = fixture.send("/model opus")
    #expect(reply.text == "Model reset to default (anthropic/claude-opus-4-6).")
    #expect(reply.route?.modelSource == .default)
    #expect(try fixture.sessions.pins(for: "main")?.model == nil)
  }

  @Test func selectingAnotherModelPinsItAndNamesItsAlias() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("/model sonnet").text == "Model set to Sonnet (anthropic/claude-sonnet-4-5).")
    #expect(fixture.send("/model openai/gpt-5-mini").text == "Model set to openai/gpt-5-mini.")
    #expect(try fixture.sessions.pins(for: "main")?.model == "openai/gpt-5-mini")
  }

  @Test func atProfileSetsAUserPin() throws {
    let fixture = try InterpreterFixture()
    let reply = fixture.send("/model sonnet@anthropic:personal")
    #expect(reply.text.hasSuffix(" Auth profile set to anthropic:personal."))
    #expect(reply.route?.profile == "anthropic:personal")
    #expect(reply.route?.profileSource == .user)
  }

  @Test func atProfileChecksRunInTheSpecsOrderAndChangeNothingOnFailure() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model haiku")
    let cases: [(String, ReplyError.Code)] = [
      ("/model sonnet@anthropic:nobody", .unknownProfile),
      ("/model sonnet@openai:default", .profileProviderMismatch),
      ("/model sonnet@anthropic:spare", .profileNotInOrder),
      ("/model sonnet@anthropic:old", .profileUnusable),
    ]
    for (line, code) in cases {
      let reply = fixture.send(line)
      #expect(reply.error?.code == code, "\(line)")
      #expect(reply.route?.model == "claude-haiku-4-5", "\(line) must not change the pin")
    }
    #expect(try fixture.sessions.pins(for: "main")?.profileSource != .user)
  }

  @Test func unknownProfileSuggestsCloseIds() throws {
    let reply = try InterpreterFixture().send("/model opus@anthropic:wrok")
    #expect(reply.error?.suggestions.first == "anthropic:work")
  }

  @Test func sameProviderSwitchKeepsTheUserPinAndSaysSo() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model sonnet@anthropic:personal")
    let reply = fixture.send("/model haiku")
    #expect(reply.text == "Model set to Haiku (anthropic/claude-haiku-4-5). Auth profile anthropic:personal kept.")
    #expect(reply.route?.profile == "anthropic:personal")
  }

  @Test func crossProviderSwitchDropsTheUserPinAndSaysWhich() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model sonnet@anthropic:personal")
    let reply = fixture.send("/model gpt")
    #expect(reply.text.contains("Auth profile pin anthropic:personal dropped"))
    #expect(reply.route?.provider == "openai")
    #expect(reply.route?.profileSource == .auto)
  }

  @Test func resetClearsBothPins() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model sonnet@anthropic:personal")
    let reply = fixture.send("/model default")
    #expect(reply.kind == .reset)
    #expect(reply.route?.modelSource == .default)
    #expect(reply.route?.profileSource == .auto)
    #expect(reply.text.contains("anthropic:personal dropped"))
  }

  @Test func threadAndTopicSessionsUseTheirParentsModelPin() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model sonnet@anthropic:personal", session: "discord:channel:c1")
    let thread = fixture.send("hello", session: "discord:channel:c1:thread:9")
    #expect(thread.route?.model == "claude-sonnet-4-5")
    #expect(thread.route?.profile == "anthropic:personal")
    fixture.send("/model haiku", session: "telegram:group:5")
    #expect(fixture.send("hi", session: "telegram:group:5:topic:3").route?.model == "claude-haiku-4-5")
  }

  @Test func aThreadsOwnPinWinsOverItsParents() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model sonnet", session: "discord:channel:c1")
    fixture.send("/model gpt", session: "discord:channel:c1:thread:9")
    #expect(fixture.send("hi", session: "discord:channel:c1:thread:9").route?.provider == "openai")
    #expect(fixture.send("hi", session: "discord:channel:c1").route?.model == "claude-sonnet-4-5")
  }

  @Test func stalePinsAreDroppedWhenReadAndTheReplySaysSoOnce() throws {
    let fixture = try InterpreterFixture()
    try fixture.sessions.save(SessionPins(model: "anthropic/claude-3-gone"), for: "main")
    try fixture.sessions.save(SessionPins(profile: "anthropic:deleted", profileSource: .user), for: "other")
    let first = fixture.send("hello")
    #expect(first.text.hasPrefix("The pinned model anthropic/claude-3-gone is no longer available"))
    #expect(first.route?.modelSource == .default)
    #expect(!fixture.send("hello").text.contains("no longer"))
    #expect(
      fixture.send("hello", session: "other").text.hasPrefix(
        "The pinned auth profile anthropic:deleted no longer exists"))
  }

  @Test func aliasShortcutSelectsLikeModel() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("/sonnet").route?.model == "claude-sonnet-4-5")
    #expect(fixture.send("/HAIKU:").route?.model == "claude-haiku-4-5")
  }

  @Test func fullWidthCommandsBehaveLikeTheirASCIIForms() throws {
    let ascii = try InterpreterFixture()
    let wide = try InterpreterFixture()
    let pairs = [
      ("/model sonnet@anthropic:work", "／ｍｏｄｅｌ　ｓｏｎｎｅｔ＠ａｎｔｈｒｏｐｉｃ：ｗｏｒｋ"),
      ("/model list", "／ｍｏｄｅｌ　ｌｉｓｔ"),
      ("/model status", "／ｍｏｄｅｌ　ｓｔａｔｕｓ"),
    ]
    for (plain, fullWidth) in pairs {
      let expected = ascii.send(plain)
      let actual = wide.send(fullWidth)
      #expect(actual.text == expected.text, "\(fullWidth)")
      #expect(actual.route == expected.route, "\(fullWidth)")
    }
  }
}
