import ModelPin
import Testing

@Suite struct RequestTests {
  private func parse(_ text: String) -> Result<Request, RequestError> { Request.parse(Array(text.utf8)) }

  @Test func readsAChatRequest() throws {
    let request = try parse(
      #"{"id": 7, "session": "telegram:dm:42", "text": "/model", "sender": "42", "at": "2026-11-24T10:00:00Z", "lang": "zh-Hant"}"#
    ).get()
    #expect(request.id == .number("7"))
    #expect(request.session == "telegram:dm:42")
    #expect(request.body == .line("/model"))
    #expect(request.sender == "42")
    #expect(request.at == 1_795_514_400_000)
    #expect(request.language == .traditionalChinese)
  }

  @Test func readsAnOutcomeRequest() throws {
    let request = try parse(#"{"id": "a", "outcome": {"result": "rate_limit", "profile": "anthropic:work"}}"#).get()
    #expect(request.id == .string("a"))
    #expect(request.body == .outcome(OutcomeReport(result: .rateLimit, profile: "anthropic:work")))
  }

  @Test func keepsTheIdOfAMalformedRequest() {
    guard case .failure(let error) = parse(#"{"id": 3, "text": 5}"#) else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.id == .number("3"))
    #expect(error.description == "text must be a string")
  }

  @Test func namesWhatIsWrong() {
    let cases = [
      ("nope", "not JSON"),
      ("[1]", "not a JSON object"),
      (#"{"session": "s"}"#, "needs \"text\" or \"outcome\""),
      (#"{"text": "x", "at": "yesterday"}"#, "at must be"),
      (#"{"outcome": {"result": "meh"}}"#, "outcome.result must be one of ok, rate_limit"),
      (#"{"text": "x", "lang": 5}"#, "lang must be a language tag"),
    ]
    for (text, expected) in cases {
      guard case .failure(let error) = parse(text) else {
        Issue.record("\(text) parsed")
        continue
      }
      #expect(error.description.hasPrefix(expected), "\(text): \(error.description)")
    }
  }

  @Test func readsPastUnknownNestedMembers() throws {
    let text = #"{"meta": {"tags": ["a", {"b": null}], "n": -1.5e3}, "text": "hi", "extra": [[]]}"#
    #expect(try parse(text).get().body == .line("hi"))
  }

  @Test func refusesAnUnknownMemberThatIsNotJSON() {
    guard case .failure(let error) = parse(#"{"text": 5, "meta": {"tags": [1,]}}"#) else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.id == nil)
    #expect(error.description == "not JSON (column 33: unexpected ']')")
  }

  @Test func keepsTheLastValueOfARepeatedKey() throws {
    #expect(try parse(#"{"text": 5, "text": "hi"}"#).get().body == .line("hi"))
    guard case .failure(let error) = parse(#"{"session": "s", "text": "hi", "session": 7}"#) else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.description == "session must be a string")
  }
}
