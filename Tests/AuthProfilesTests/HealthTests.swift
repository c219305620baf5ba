import AuthProfiles
import Testing

@Suite struct HealthTests {
  private func token(expires: Int64?) -> AuthProfile {
    AuthProfile(id: "anthropic:t", provider: "anthropic", credential: .token(token: "t", expires: expires))
  }

  private func oauth(refresh: String?, expires: Int64?) -> AuthProfile {
    AuthProfile(
      id: "google:o", provider: "google",
      credential: .oauth(access: "a", refresh: refresh, expires: expires, email: nil))
  }

  @Test func apiKeyIsStatic() {
    let profile = AuthProfile(id: "openai:k", provider: "openai", credential: .apiKey(key: "k"))
    #expect(profile.health(now: now) == .static)
  }

  @Test func tokenWithoutExpiresIsStatic() {
    #expect(token(expires: nil).health(now: now) == .static)
  }

  @Test func tokenIsExpiredAtOrAfterItsExpiry() {
    #expect(token(expires: now).health(now: now) == .expired)
    #expect(token(expires: now - second).health(now: now) == .expired)
  }

  @Test func tokenIsExpiringWithin24Hours() {
    #expect(token(expires: now + 1).health(now: now) == .expiring(in: 1))
    #expect(token(expires: now + 3 * hour).health(now: now) == .expiring(in: 3 * hour))
    #expect(token(expires: now + day).health(now: now) == .expiring(in: day))
  }

  @Test func tokenExpiringLaterIsOK() {
    #expect(token(expires: now + day + 1).health(now: now) == .ok)
  }

  @Test func oauthWithExpiresButNoRefreshTokenExpires() {
    #expect(oauth(refresh: nil, expires: now - hour).health(now: now) == .expired)
    #expect(oauth(refresh: nil, expires: now + hour).health(now: now) == .expiring(in: hour))
    #expect(oauth(refresh: nil, expires: now + 2 * day).health(now: now) == .ok)
  }

  @Test func oauthWithARefreshTokenIsNeverExpiredOrExpiring() {
    #expect(oauth(refresh: "r", expires: now - day).health(now: now) == .ok)
    #expect(oauth(refresh: "r", expires: now + hour).health(now: now) == .ok)
  }

  @Test func oauthWithoutExpiresOrRefreshTokenIsStatic() {
    #expect(oauth(refresh: nil, expires: nil).health(now: now) == .static)
  }

  @Test func readsTheHealthOfTheFixtureProfiles() throws {
    let store = try TestStores.fixture()
    let health = store.profiles.map { "\($0.id) \($0.health(now: now))" }
    #expect(
      health == [
        "anthropic:work static", "anthropic:personal static", "anthropic:manual expiring(in: 10800000)",
        "openai:default static", "openai:ci static", "openai:old expired", "google:me@example.com ok",
        "google:nightly ok", "google:lapsed expired", "github-copilot:bot static",
      ])
  }
}
