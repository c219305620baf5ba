import AuthProfiles
import StateFolder
import Testing

@Suite struct ProfileLabelTests {
  private func labels(_ provider: String, config: Config = Config()) throws -> [ProfileLabel] {
    let store = try TestStores.fixture()
    return store.profileLabels(
      order: store.authOrder(for: provider, config: config, now: now), config: config, now: now)
  }

  @Test func labelsKeysAndTokensMaskedWithTheirFlags() throws {
    #expect(
      try labels("anthropic") == [
        ProfileLabel(
          id: "anthropic:manual", credential: .token(masked: "sk-ant-o…3333"), flags: [.next, .expiring(in: 3 * hour)]),
        ProfileLabel(
          id: "anthropic:work", credential: .key(masked: "sk-ant-a…WXYZ"),
          flags: [.lastGood, .cooldown(remaining: 4 * minute)]),
        ProfileLabel(
          id: "anthropic:personal", credential: .key(masked: "sk-ant-a…ABCD"),
          flags: [.disabled(reason: "billing", remaining: 3 * hour)]),
      ])
  }

  @Test func labelsProfilesOutsideTheOrderAfterItAsMissingOrExpired() throws {
    #expect(
      try labels("openai") == [
        ProfileLabel(id: "openai:default", credential: .key(masked: "sk-proj-…dddd"), flags: [.next, .lastGood]),
        ProfileLabel(id: "openai:ci", credential: .missing, flags: []),
        ProfileLabel(id: "openai:old", credential: .token(masked: "sk-old-t…hhhh"), flags: [.expired]),
      ])
  }

  @Test func labelsOAuthProfilesWithTheirEmailOrTheConfigs() throws {
    var config = Config()
    config.authProfiles = [.init(id: "google:nightly", provider: "google", email: "night@example.com")]
    #expect(
      try labels("google", config: config) == [
        ProfileLabel(id: "google:nightly", credential: .oauth(email: "night@example.com"), flags: [.next]),
        ProfileLabel(id: "google:me@example.com", credential: .oauth(email: "me@example.com"), flags: []),
        ProfileLabel(id: "google:lapsed", credential: .oauth(email: nil), flags: [.expired]),
      ])
  }
}
