import AuthProfiles
import ModelPinTestSupport
import StateFolder
import Testing

@Suite struct AuthStoreTests {
  @Test func readsUsableProfilesInFileOrder() throws {
    let store = try TestStores.fixture()
    #expect(
      store.profiles.map(\.id) == [
        "anthropic:work", "anthropic:personal", "anthropic:manual", "openai:default", "openai:ci", "openai:old",
        "google:me@example.com", "google:nightly", "google:lapsed", "github-copilot:bot",
      ])
    #expect(store.profiles(of: "OpenAI").map(\.id) == ["openai:default", "openai:ci", "openai:old"])
  }

  @Test func changesACopyWithoutChangingTheOriginal() throws {
    let original = try TestStores.fixture()
    let text = original.serialized()
    var copy = original
    try copy.record(.rateLimit, profile: "anthropic:work", now: now, settings: Config.CooldownSettings())
    try copy.clearCooldowns(profile: "openai:ci")
    #expect(copy.usage(of: "anthropic:work").cooldownUntil != nil)
    #expect(original.usage(of: "anthropic:work") == (try TestStores.fixture()).usage(of: "anthropic:work"))
    #expect(original.serialized() == text)
    #expect(copy.serialized() != text)
    #expect(copy.revision != original.revision)
  }

  @Test func tellsTheProviderOfAUsableProfile() throws {
    let store = try TestStores.fixture()
    #expect(store.provider(ofProfile: "openai:ci") == "openai")
    #expect(store.provider(ofProfile: "github-copilot:bot") == "github-copilot")
    #expect(store.provider(ofProfile: "anthropic:nobody") == nil)
  }

  @Test func looksUpOrdersAndLastGoodByNormalizedProvider() throws {
    let store = try TestStores.parse(
      #"{"order": {"Anthropic": ["anthropic:a"]}, "lastGood": {"Z.AI": "zai:main"}}"#)
    #expect(store.explicitOrder(for: "anthropic") == ["anthropic:a"])
    #expect(store.lastGood(for: "zai") == "zai:main")
    #expect(store.explicitOrder(for: "openai") == nil)
  }

  @Test func writesAnUnchangedStoreBackByteForByte() throws {
    let text = try Fixtures.text("auth/auth-profiles.json")
    #expect(try TestStores.parse(text).serialized() == text)
  }

  @Test func keepsUnknownFieldsKeyOrderAndNumberTextWhenAChangeIsWritten() throws {
    let text = try Fixtures.text("auth/auth-profiles.json")
    var store = try TestStores.parse(text)
    try store.record(.ok, profile: "anthropic:work", now: now, settings: Config.CooldownSettings())
    let before = """
          "anthropic:work": {
            "lastUsed": 1767225000000,
            "cooldownUntil": 1767225840000,
            "errorCount": 2,
            "failureCounts": {
              "rate_limit": 2
            },
            "lastFailureAt": 1767225540000,
      """
    let after = """
          "anthropic:work": {
            "lastUsed": 1767225600000,
            "errorCount": 0,
            "lastFailureAt": 1767225540000,
      """
    #expect(text.contains(before))
    #expect(store.serialized() == text.replacing(before, with: after))
  }

  @Test func writesAnEmptyStoreAsVersion1() {
    #expect(AuthStore().serialized() == "{\n  \"version\": 1\n}\n")
    #expect(AuthStore().profiles.isEmpty)
  }

  @Test func rejectsADocumentThatIsNotAnObject() {
    #expect(
      throws: AuthStoreError.invalidValue(path: "auth-profiles.json", key: "the top level", expected: "an object")
    ) {
      try TestStores.parse("[]")
    }
  }

  @Test func rejectsProfilesThatAreNotAnObject() {
    #expect(throws: AuthStoreError.invalidValue(path: "auth-profiles.json", key: "profiles", expected: "an object")) {
      try TestStores.parse(#"{"version": 1, "profiles": []}"#)
    }
  }
}
