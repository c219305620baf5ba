import ModelCommand
import Testing

@Suite struct ParseErrorTests {
  @Test func usesTheErrorCodesOfTheSpec() {
    #expect(ParseError.Code.invalidInput.rawValue == "invalid_input")
    #expect(ParseError.Code.trailingText.rawValue == "trailing_text")
    #expect(ParseError.Code.profileRequiresModel.rawValue == "profile_requires_model")
  }

  @Test(
    arguments: [
      (.invalidUTF8, .invalidInput), (.lineTooLong(bytes: 2_000_000), .invalidInput),
      (.commandTooLong(bytes: 2_000), .invalidInput), (.controlCharacter(scalar: 0x1B), .invalidInput),
      (.trailingText(leftover: "x"), .trailingText), (.profileRequiresModel(profile: "p"), .profileRequiresModel),
    ] as [(ParseError.Reason, ParseError.Code)])
  func givesEachReasonItsCode(reason: ParseError.Reason, code: ParseError.Code) {
    #expect(ParseError(reason).code == code)
  }

  @Test(arguments: [
    (ParseError(.invalidUTF8), "invalid_input invalidUTF8"),
    (ParseError(.lineTooLong(bytes: 1_048_577)), "invalid_input lineTooLong(bytes: 1048577)"),
    (ParseError(.controlCharacter(scalar: 0x1B), range: 6..<7), "invalid_input controlCharacter(U+001B) @6..<7"),
    (ParseError(.controlCharacter(scalar: 0x1F600)), "invalid_input controlCharacter(U+1F600)"),
    (
      ParseError(.trailingText(leftover: #"say "hi"\t"#), range: 12..<21),
      #"trailing_text trailingText(leftover: "say \"hi\"\t") @12..<21"#
    ),
    (
      ParseError(.profileRequiresModel(profile: ""), range: 7..<8),
      #"profile_requires_model profileRequiresModel(profile: "") @7..<8"#
    ),
  ])
  func dumpsItsCodeReasonAndPosition(error: ParseError, dump: String) {
    #expect(error.debugDescription == dump)
  }
}
