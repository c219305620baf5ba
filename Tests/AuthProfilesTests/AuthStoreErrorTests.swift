import AuthProfiles
import Testing

@Suite struct AuthStoreErrorTests {
  @Test func namesThePathLineAndColumnOfAParseError() {
    #expect {
      try AuthStore(parsing: Array("{\n  \"version\" 1\n}".utf8), path: "/s/auth-profiles.json")
    } throws: { error in
      "\(error)"
        == "/s/auth-profiles.json:2:13: expected ':' after a key; fix the file (modelpin never overwrites it)"
    }
  }

  @Test func namesTheProfileAndBothProvidersOfAWrongProvider() {
    let error = AuthStoreError.wrongProvider(profile: "openai:default", provider: "openai", expected: "anthropic")
    #expect(error.description == "auth profile openai:default belongs to openai, not anthropic")
  }
}
