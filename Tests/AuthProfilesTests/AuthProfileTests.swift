import AuthProfiles
import Testing

@Suite struct AuthProfileTests {
  @Test func readsEachTypeOfProfileWithItsFields() throws {
    let store = try TestStores.fixture()
    #expect(store.profile("anthropic:work")?.credential == .apiKey(key: "sk-ant-api03-work-0123456789abcdefWXYZ"))
    #expect(
      store.profile("anthropic:manual")?.credential
        == .token(token: "sk-ant-oat01-manual-0000111122223333", expires: 1_767_236_400_000))
    #expect(
      store.profile("google:me@example.com")?.credential
        == .oauth(
          access: "ya29.access-me-1234567890abcdef", refresh: "1//refresh-me-abcdef", expires: 1_767_139_200_000,
          email: "me@example.com"))
    #expect(
      store.profile("github-copilot:bot")?.credential == .token(token: "ghu_bottoken0123456789abcdef", expires: nil))
  }

  @Test func normalizesTheProviderOfAProfile() throws {
    let store = try TestStores.fixture()
    #expect(store.profile("anthropic:personal")?.provider == "anthropic")
  }

  @Test func readsABlankSecretAsMissing() throws {
    let store = try TestStores.fixture()
    let profile = try #require(store.profile("openai:ci"))
    #expect(profile.credential == .apiKey(key: nil))
    #expect(!profile.hasSecret)
  }

  @Test func readsAZeroExpiryAsNoExpiry() throws {
    let store = try TestStores.make(
      profiles: #"{"anthropic:zero": {"type": "token", "provider": "anthropic", "token": "t", "expires": 0}}"#)
    #expect(store.profile("anthropic:zero")?.expires == nil)
  }

  @Test func skipsProfilesOfUnknownTypeOrWithoutProviderWithAWarning() throws {
    let store = try TestStores.fixture()
    #expect(store.profile("mystery:thing") == nil)
    #expect(store.profile("orphan:key") == nil)
    #expect(
      store.warnings == [
        AuthStoreWarning(profile: "mystery:thing", problem: .unknownType("magic")),
        AuthStoreWarning(profile: "orphan:key", problem: .missingProvider),
      ])
  }

  @Test func countsATokenAsACredentialOnlyUntilItExpires() throws {
    let store = try TestStores.fixture()
    let old = try #require(store.profile("openai:old"))
    #expect(old.hasSecret)
    #expect(old.hasCredential(now: 1_767_222_000_000 - 1))
    #expect(!old.hasCredential(now: 1_767_222_000_000))
  }

  @Test func countsAnOAuthGrantWithOnlyARefreshTokenAsACredential() {
    let profile = AuthProfile(
      id: "google:r", provider: "google", credential: .oauth(access: nil, refresh: "r", expires: now - day, email: nil))
    #expect(profile.hasCredential(now: now))
  }

  @Test func namesItsTypeAsTheFileDoes() {
    #expect(AuthProfile.Kind.allCases.map(\.rawValue) == ["api_key", "token", "oauth"])
  }
}
