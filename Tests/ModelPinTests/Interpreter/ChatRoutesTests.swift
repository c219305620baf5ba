import Foundation
import ModelPin
import SessionState
import Testing

/// Chat lines answered from what an earlier chat line with the same pins was told (`ChatRoutes`):
/// each test keeps an answer with two lines, then changes what it was decided on.
@Suite struct ChatRoutesTests {
  /// 10:00 plus three hours: when the fixture's `anthropic:manual` token expires.
  private static let manualExpiry: Int64 = 3 * 3600

  @Test func aRouteOnATokenEndsTheMomentTheTokenExpires() throws {
    let fixture = try InterpreterFixture()
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:work"))
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:personal"))
    #expect(fixture.send("hello", after: 1).route?.profile == "anthropic:manual")
    #expect(fixture.send("hello", after: 40).route?.profile == "anthropic:manual")
    #expect(fixture.send("hello", after: Self.manualExpiry - 1).route?.profile == "anthropic:manual")
    #expect(fixture.send("hello", after: Self.manualExpiry).route?.profile == "anthropic:work")
  }

  @Test func aClockMovedBackSeesTheCooldownOfThatMoment() throws {
    let fixture = try InterpreterFixture()
    fixture.report(OutcomeReport(result: .rateLimit, profile: "anthropic:work"))
    #expect(fixture.send("hello", session: "other", after: 40).route?.profile == "anthropic:work")
    #expect(fixture.send("hello", session: "other", after: 41).route?.profile == "anthropic:work")
    let earlier = fixture.send("hello", session: "other", after: 20)
    #expect(earlier.route?.profile == "anthropic:personal")
    #expect(earlier.route?.cooling == false)
  }

  @Test func anOutcomeIsSeenByTheNextChatLineOfEverySessionWithTheSamePins() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("hello", session: "a").route?.profile == "anthropic:work")
    #expect(fixture.send("hello", session: "b").route?.profile == "anthropic:work")
    #expect(fixture.send("hello", session: "b").route?.profile == "anthropic:work")
    fixture.report(OutcomeReport(result: .rateLimit), session: "a")
    #expect(fixture.send("hello", session: "b").route?.profile == "anthropic:personal")
  }

  @Test func everySessionToldARouteGetsTheAutomaticPinItTakes() throws {
    let fixture = try InterpreterFixture()
    for session in ["a", "b", "c"] {
      fixture.send("hello", session: session, after: 1)
      #expect(try fixture.sessions.pins(for: session)?.profile == "anthropic:work")
      #expect(try fixture.sessions.pins(for: session)?.profileSource == .auto)
      #expect(try fixture.sessions.pins(for: session)?.updatedAt == InterpreterFixture.now + 1000)
    }
    fixture.report(OutcomeReport(result: .rateLimit), session: "a", after: 2)
    for session in ["b", "c"] {
      #expect(fixture.send("hello", session: session, after: 3).route?.profile == "anthropic:personal")
      #expect(try fixture.sessions.pins(for: session)?.profile == "anthropic:personal")
    }
  }

  @Test func aTurnThatDroppedAStalePinKeepsNoAnswerThatWouldWriteAnotherSession() throws {
    let fixture = try InterpreterFixture()
    let work = SessionPins(profile: "anthropic:work", profileSource: .auto, updatedAt: 1)
    var stale = work
    stale.model = "anthropic/claude-gone-1"
    try fixture.sessions.save(stale, for: "a")
    try fixture.sessions.save(work, for: "b")
    #expect(fixture.send("hello", session: "a").text.contains("anthropic/claude-gone-1 is no longer available"))
    #expect(fixture.send("hello", session: "b").route?.profile == "anthropic:work")
    #expect(try fixture.sessions.pins(for: "b") == work)
  }

  @Test func aCoolingRouteIsToldItsWaitAsOfEachLine() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model opus@anthropic:work")
    fixture.report(OutcomeReport(result: .rateLimit))
    #expect(fixture.send("hello", after: 1).text.contains("ready in 29s"))
    #expect(fixture.send("hello", after: 5).text.contains("ready in 25s"))
  }

  @Test func aThreadIsToldItsParentsUserProfilePin() throws {
    let fixture = try InterpreterFixture()
    fixture.send("/model opus@anthropic:work", session: "telegram:group:4")
    fixture.send("hello", session: "telegram:group:4:topic:1")
    fixture.send("hello", session: "telegram:group:4:topic:1")
    fixture.send("/model opus@anthropic:personal", session: "telegram:group:3")
    let route = fixture.send("hello", session: "telegram:group:3:topic:1").route
    #expect(route?.profile == "anthropic:personal")
    #expect(route?.profileSource == .user)
  }

  @Test func aSessionWithOtherPinsIsNotToldAnotherSessionsRoute() throws {
    let fixture = try InterpreterFixture()
    fixture.send("hello", session: "a")
    fixture.send("hello", session: "a")
    fixture.send("/model sonnet", session: "b")
    let reply = fixture.send("hello", session: "b")
    #expect(reply.route?.model == "claude-sonnet-4-5")
    #expect(reply.text.hasPrefix("→ Sonnet (anthropic/claude-sonnet-4-5)"))
  }

  @Test func aUserPinIsToldAsTheUsersWhereTheSameProfileIsAnotherSessionsAutoPin() throws {
    let fixture = try InterpreterFixture()
    fixture.send("hello", session: "a")
    #expect(fixture.send("hello", session: "a").route?.profileSource == .auto)
    fixture.send("/model opus@anthropic:work", session: "b")
    #expect(fixture.send("hello", session: "b").route?.profileSource == .user)
  }

  @Test func aThreadIsToldItsParentsPinnedModelNotThatOfAThreadWithoutOne() throws {
    let fixture = try InterpreterFixture()
    fixture.send("hello", session: "telegram:group:1:topic:7")
    fixture.send("hello", session: "telegram:group:1:topic:7")
    fixture.send("/model haiku", session: "telegram:group:2")
    #expect(fixture.send("hello", session: "telegram:group:2:topic:7").route?.model == "claude-haiku-4-5")
  }

  @Test func aChatLineIsToldInItsOwnLanguage() throws {
    let fixture = try InterpreterFixture()
    fixture.send("hello")
    fixture.send("hello")
    let chinese = fixture.interpreter.handle(
      "hello", session: "main", at: InterpreterFixture.now, language: .traditionalChinese)
    #expect(chinese.text != fixture.send("hello").text)
  }

  @Test func aConfigReadAgainIsUsedByTheNextChatLine() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("hello").text.hasPrefix("→ Opus "))
    #expect(fixture.send("hello").text.hasPrefix("→ Opus "))
    let config = fixture.folder.appendingPathComponent("openclaw.json")
    let text = try String(contentsOf: config, encoding: .utf8)
    try text.replacingOccurrences(of: #"alias: "Opus""#, with: #"alias: "Grand""#)
      .write(to: config, atomically: true, encoding: .utf8)
    #expect(fixture.interpreter.reloadIfChanged() == nil)
    #expect(fixture.send("hello").text.hasPrefix("→ Grand "))
  }
}
