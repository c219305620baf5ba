import AuthProfiles
import StateFolder
import Testing

@Suite struct ProfileEditingTests {
  @Test func setTokenAddsATokenProfileAtTheEnd() throws {
    var store = try TestStores.fixture()
    try store.setToken(
      id: "openai:manual", provider: "OpenAI", token: "sk-pasted-token-0000111122223333\n", expires: now + day)
    #expect(
      store.profiles.last
        == AuthProfile(
          id: "openai:manual", provider: "openai",
          credential: .token(token: "sk-pasted-token-0000111122223333", expires: now + day)))
    let written = try TestStores.parse(store.serialized())
    #expect(written.profile("openai:manual") == store.profile("openai:manual"))
  }

  @Test func setTokenReplacesTheCredentialOfAProfileAndKeepsItsOtherFields() throws {
    var store = try TestStores.fixture()
    try store.setToken(id: "anthropic:work", provider: "anthropic", token: "sk-ant-oat01-new", expires: nil)
    #expect(store.profile("anthropic:work")?.credential == .token(token: "sk-ant-oat01-new", expires: nil))
    #expect(
      store.serialized().contains(
        """
            "anthropic:work": {
              "type": "token",
              "provider": "anthropic",
              "label": "Work account",
              "token": "sk-ant-oat01-new"
            },
        """))
  }

  @Test func setTokenPutsTheProfileFirstInTheStoresOrder() throws {
    var store = try TestStores.fixture()
    try store.setToken(id: "anthropic:work", provider: "anthropic", token: "sk-ant-oat01-new", expires: nil)
    #expect(
      store.explicitOrder(for: "anthropic") == [
        "anthropic:work", "anthropic:manual", "anthropic:personal", "anthropic:gone",
      ])
    try store.setToken(id: "anthropic:fresh", provider: "anthropic", token: "sk-ant-oat01-fresh", expires: nil)
    #expect(store.explicitOrder(for: "anthropic")?.first == "anthropic:fresh")
  }

  @Test func setTokenCreatesNoOrderWhenTheStoreHasNone() throws {
    var store = try TestStores.fixture()
    try store.setToken(id: "openai:manual", provider: "openai", token: "sk-token", expires: nil)
    #expect(store.explicitOrder(for: "openai") == nil)
    #expect(!store.serialized().contains(#""openai": ["#))
  }

  @Test func setTokenRefusesABlankToken() throws {
    var store = AuthStore()
    #expect(throws: AuthStoreError.emptyToken(profile: "anthropic:manual")) {
      try store.setToken(id: "anthropic:manual", provider: "anthropic", token: " \n", expires: nil)
    }
  }

  @Test func setOrderWritesTheStoresOrderWithoutRepeats() throws {
    var store = try TestStores.fixture()
    try store.setOrder(provider: "Google", ids: ["google:nightly", "google:me@example.com", "google:nightly"])
    #expect(store.explicitOrder(for: "google") == ["google:nightly", "google:me@example.com"])
    #expect(
      try TestStores.parse(store.serialized()).explicitOrder(for: "google") == [
        "google:nightly", "google:me@example.com",
      ])
  }

  @Test func setOrderReplacesEverySpellingOfTheProvidersKey() throws {
    var store = try TestStores.parse(
      """
      {"profiles": {"anthropic:a": {"type": "api_key", "provider": "anthropic", "key": "k"}},
       "order": {"Anthropic": ["anthropic:gone"], "openai": ["openai:x"], "anthropic": []}}
      """)
    try store.setOrder(provider: "anthropic", ids: ["anthropic:a"])
    #expect(
      store.serialized().contains(#""order": {\#n    "Anthropic": [\#n      "anthropic:a"\#n    ],\#n    "openai""#))
    #expect(!store.serialized().contains(#""anthropic": []"#))
  }

  @Test func setOrderRefusesUnknownProfilesOtherProvidersAndNoProfiles() throws {
    var store = try TestStores.fixture()
    #expect(throws: AuthStoreError.unknownProfile("anthropic:gone")) {
      try store.setOrder(provider: "anthropic", ids: ["anthropic:work", "anthropic:gone"])
    }
    #expect(throws: AuthStoreError.wrongProvider(profile: "openai:default", provider: "openai", expected: "anthropic"))
    {
      try store.setOrder(provider: "anthropic", ids: ["openai:default"])
    }
    #expect(throws: AuthStoreError.emptyOrder(provider: "anthropic")) {
      try store.setOrder(provider: "anthropic", ids: [])
    }
    #expect(store.explicitOrder(for: "anthropic")?.first == "anthropic:manual")
  }

  @Test func clearOrderRemovesTheStoresOrder() throws {
    var store = try TestStores.fixture()
    let cleared = store.clearOrder(provider: "anthropic")
    #expect(cleared)
    #expect(store.explicitOrder(for: "anthropic") == nil)
    #expect(!store.authOrder(for: "anthropic", config: Config(), now: now).isExplicit)
    #expect(store.serialized().contains(#""order": {},"#))
    let clearedNone = store.clearOrder(provider: "openai")
    #expect(!clearedNone)
  }

  @Test func removeProfileTakesItsEntryUsageOrderPlaceAndLastGood() throws {
    var store = try TestStores.parse(
      """
      {"version": 1, "profiles": {
        "anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "k1"},
        "anthropic:old": {"type": "api_key", "provider": "anthropic", "key": "k2", "note": "kept"}},
       "order": {"anthropic": ["anthropic:old", "anthropic:work"], "openai": ["anthropic:old"]},
       "lastGood": {"anthropic": "anthropic:old"},
       "usageStats": {"anthropic:old": {"errorCount": 2}, "anthropic:work": {"lastUsed": 5}},
       "x-unknown": true}
      """)
    let orders = try store.removeProfile("anthropic:old")
    #expect(orders == ["anthropic", "openai"])
    #expect(store.profile("anthropic:old") == nil)
    #expect(store.explicitOrder(for: "anthropic") == ["anthropic:work"])
    #expect(store.explicitOrder(for: "openai") == nil)
    #expect(store.lastGood(for: "anthropic") == nil)
    let written = store.serialized()
    #expect(!written.contains("anthropic:old"))
    #expect(written.contains(#""lastUsed": 5"#) && written.contains(#""x-unknown": true"#))
    #expect(!written.contains(#""openai""#), "an order left empty is removed")
  }

  @Test func removeProfileRefusesAnIdTheFileDoesNotHold() throws {
    var store = try TestStores.fixture()
    let before = store.serialized()
    #expect(throws: AuthStoreError.unknownProfile("anthropic:nope")) { try store.removeProfile("anthropic:nope") }
    #expect(store.serialized() == before)
  }

  @Test func removeProfileTakesASkippedProfileToo() throws {
    var store = try TestStores.make(profiles: #"{"anthropic:broken": {"provider": "anthropic"}}"#)
    #expect(store.warnings.map(\.profile) == ["anthropic:broken"])
    try store.removeProfile("anthropic:broken")
    #expect(store.warnings.isEmpty)
    #expect(!store.serialized().contains("anthropic:broken"))
  }
}
