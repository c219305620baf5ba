import AuthProfiles
import StateFolder
import Testing

@Suite struct AuthOrderTests {
  /// Three usable anthropic API keys, a, b and c, in that file order.
  private func threeKeys(order: String = "{}", usageStats: String = "{}") throws -> AuthStore {
    try TestStores.make(
      profiles: """
        {"anthropic:a": {"type": "api_key", "provider": "anthropic", "key": "ka"},
         "anthropic:b": {"type": "api_key", "provider": "anthropic", "key": "kb"},
         "anthropic:c": {"type": "api_key", "provider": "anthropic", "key": "kc"}}
        """, order: order, usageStats: usageStats)
  }

  private func ids(_ store: AuthStore, _ config: Config = Config(), provider: String = "anthropic") -> [String] {
    store.authOrder(for: provider, config: config, now: now).ids
  }

  // MARK: - Rule 1: the list

  @Test func rule1TakesTheStoresOrderBeforeTheConfigs() throws {
    let store = try threeKeys(order: #"{"anthropic": ["anthropic:c", "anthropic:a"]}"#)
    let config = TestStores.config(order: ["anthropic": ["anthropic:b"]])
    let order = store.authOrder(for: "anthropic", config: config, now: now)
    #expect(order.ids == ["anthropic:c", "anthropic:a"])
    #expect(order.isExplicit)
  }

  @Test func rule1FallsBackToTheConfigsOrderUnderAnySpellingOfTheProvider() throws {
    let config = TestStores.config(order: ["Anthropic": ["anthropic:b", "anthropic:a"]])
    let order = try threeKeys().authOrder(for: "anthropic", config: config, now: now)
    #expect(order.ids == ["anthropic:b", "anthropic:a"])
    #expect(order.isExplicit)
  }

  @Test func rule1FallsBackToTheConfigsProfilesOfTheProvider() throws {
    let config = TestStores.config(profiles: [
      .init(id: "anthropic:c", provider: "anthropic"), .init(id: "openai:x", provider: "openai"),
      .init(id: "anthropic:b", provider: "anthropic"),
    ])
    let order = try threeKeys().authOrder(for: "anthropic", config: config, now: now)
    #expect(order.ids == ["anthropic:c", "anthropic:b"])
    #expect(!order.isExplicit)
  }

  @Test func rule1FallsBackToEveryStoredProfileOfTheProviderInFileOrder() throws {
    let order = try threeKeys().authOrder(for: "anthropic", config: Config(), now: now)
    #expect(order.ids == ["anthropic:a", "anthropic:b", "anthropic:c"])
    #expect(!order.isExplicit)
  }

  @Test func rule1TreatsAnEmptyOrderAsNone() throws {
    let store = try threeKeys(order: #"{"anthropic": []}"#)
    let order = store.authOrder(for: "anthropic", config: TestStores.config(order: ["anthropic": []]), now: now)
    #expect(order.ids == ["anthropic:a", "anthropic:b", "anthropic:c"])
    #expect(!order.isExplicit)
  }

  // MARK: - Rule 2: which profiles are kept

  @Test func rule2DropsProfilesThatAreNotStored() throws {
    let store = try threeKeys(order: #"{"anthropic": ["anthropic:gone", "anthropic:b"]}"#)
    #expect(ids(store) == ["anthropic:b"])
  }

  @Test func rule2DropsProfilesOfAnotherProvider() throws {
    let store = try TestStores.make(
      profiles: """
        {"anthropic:a": {"type": "api_key", "provider": "anthropic", "key": "ka"},
         "anthropic:odd": {"type": "api_key", "provider": "openai", "key": "ko"}}
        """, order: #"{"anthropic": ["anthropic:odd", "anthropic:a"]}"#)
    #expect(ids(store) == ["anthropic:a"])
    #expect(ids(store, provider: "openai") == ["anthropic:odd"])
  }

  @Test func rule2DropsProfilesOfAnotherModeThanTheConfigNames() throws {
    let config = TestStores.config(profiles: [
      .init(id: "anthropic:a", provider: "anthropic", mode: "token"),
      .init(id: "anthropic:b", provider: "anthropic", mode: "api_key"),
      .init(id: "anthropic:c", provider: "anthropic"),
    ])
    #expect(ids(try threeKeys(), config) == ["anthropic:b", "anthropic:c"])
  }

  @Test func rule2LetsTheConfigsOAuthModeAcceptAStoredToken() throws {
    let store = try TestStores.make(
      profiles: """
        {"anthropic:sub": {"type": "token", "provider": "anthropic", "token": "sk-ant-oat01"},
         "anthropic:key": {"type": "api_key", "provider": "anthropic", "key": "k"}}
        """)
    let config = TestStores.config(profiles: [
      .init(id: "anthropic:sub", provider: "anthropic", mode: "oauth"),
      .init(id: "anthropic:key", provider: "anthropic", mode: "oauth"),
    ])
    #expect(ids(store, config) == ["anthropic:sub"])
  }

  @Test func rule2KeepsOnlyProfilesWithACredential() throws {
    let store = try TestStores.make(
      profiles: """
        {"x:key": {"type": "api_key", "provider": "x", "key": "k"},
         "x:nokey": {"type": "api_key", "provider": "x", "key": "  "},
         "x:token": {"type": "token", "provider": "x", "token": "t", "expires": \(now + 1)},
         "x:expired": {"type": "token", "provider": "x", "token": "t", "expires": \(now)},
         "x:notoken": {"type": "token", "provider": "x"},
         "x:access": {"type": "oauth", "provider": "x", "access": "a"},
         "x:refresh": {"type": "oauth", "provider": "x", "refresh": "r"},
         "x:empty": {"type": "oauth", "provider": "x", "email": "e@example.com"}}
        """)
    #expect(Set(ids(store, provider: "x")) == ["x:key", "x:token", "x:access", "x:refresh"])
  }

  @Test func rule2DropsDuplicates() throws {
    let store = try threeKeys(order: #"{"anthropic": ["anthropic:b", "anthropic:a", "anthropic:b"]}"#)
    #expect(ids(store) == ["anthropic:b", "anthropic:a"])
  }

  // MARK: - Rule 3: an explicit order

  @Test func rule3KeepsTheSequenceOfAnExplicitOrder() throws {
    let store = try threeKeys(
      order: #"{"anthropic": ["anthropic:c", "anthropic:a", "anthropic:b"]}"#,
      usageStats: #"{"anthropic:c": {"lastUsed": \#(now)}, "anthropic:a": {"lastUsed": 1}}"#)
    #expect(ids(store) == ["anthropic:c", "anthropic:a", "anthropic:b"])
  }

  @Test func rule3MovesUnusableProfilesToTheEndSoonestUsableFirst() throws {
    let store = try threeKeys(
      order: #"{"anthropic": ["anthropic:a", "anthropic:b", "anthropic:c"]}"#,
      usageStats: """
        {"anthropic:a": {"disabledUntil": \(now + hour), "disabledReason": "billing"},
         "anthropic:b": {"cooldownUntil": \(now + minute)}}
        """)
    let order = store.authOrder(for: "anthropic", config: Config(), now: now)
    #expect(order.ids == ["anthropic:c", "anthropic:b", "anthropic:a"])
    #expect(order.entries.map(\.usableAt) == [nil, now + minute, now + hour])
  }

  @Test func rule3CountsAPastCooldownAsUsable() throws {
    let store = try threeKeys(
      order: #"{"anthropic": ["anthropic:a", "anthropic:b"]}"#,
      usageStats: #"{"anthropic:a": {"cooldownUntil": \#(now)}}"#)
    #expect(ids(store) == ["anthropic:a", "anthropic:b"])
  }

  @Test func rule3ExcludesProfilesMissingFromAnExplicitOrder() throws {
    let store = try threeKeys(order: #"{"anthropic": ["anthropic:b"]}"#)
    #expect(ids(store) == ["anthropic:b"])
  }

  // MARK: - Rule 4: no explicit order

  @Test func rule4PutsUsableProfilesByTypeOAuthThenTokenThenAPIKey() throws {
    let store = try TestStores.make(
      profiles: """
        {"x:key": {"type": "api_key", "provider": "x", "key": "k"},
         "x:token": {"type": "token", "provider": "x", "token": "t"},
         "x:oauth": {"type": "oauth", "provider": "x", "access": "a"}}
        """)
    #expect(ids(store, provider: "x") == ["x:oauth", "x:token", "x:key"])
  }

  @Test func rule4PutsProfilesOfOneTypeLeastRecentlyUsedFirst() throws {
    let store = try threeKeys(
      usageStats: """
        {"anthropic:a": {"lastUsed": \(now - minute)},
         "anthropic:b": {"lastUsed": \(now - hour)}}
        """)
    #expect(ids(store) == ["anthropic:c", "anthropic:b", "anthropic:a"])
  }

  @Test func rule4PutsUnusableProfilesLastSoonestUsableFirst() throws {
    let store = try TestStores.make(
      profiles: """
        {"x:oauth": {"type": "oauth", "provider": "x", "access": "a"},
         "x:token": {"type": "token", "provider": "x", "token": "t"},
         "x:key": {"type": "api_key", "provider": "x", "key": "k"}}
        """,
      usageStats: """
        {"x:oauth": {"cooldownUntil": \(now + 5 * minute)},
         "x:token": {"disabledUntil": \(now + minute)}}
        """)
    let order = store.authOrder(for: "x", config: Config(), now: now)
    #expect(order.ids == ["x:key", "x:token", "x:oauth"])
    #expect(order.next == "x:key")
  }

  // MARK: - What the order exposes

  @Test func namesTheNextProfileEvenWhenEveryProfileCoolsDown() throws {
    let store = try threeKeys(
      usageStats: """
        {"anthropic:a": {"cooldownUntil": \(now + 5 * minute)},
         "anthropic:b": {"cooldownUntil": \(now + minute)},
         "anthropic:c": {"disabledUntil": \(now + hour)}}
        """)
    let order = store.authOrder(for: "anthropic", config: Config(), now: now)
    #expect(order.next == "anthropic:b")
    #expect(order.firstUsable == nil)
    #expect(order.usableAt("anthropic:b") == now + minute)
  }

  @Test func normalizesTheProviderAskedFor() throws {
    let order = try threeKeys().authOrder(for: " Anthropic ", config: Config(), now: now)
    #expect(order.provider == "anthropic")
    #expect(order.ids.count == 3)
  }

  @Test func ordersTheFixtureProfilesOfEachProvider() throws {
    let store = try TestStores.fixture()
    let config = try TestStores.fixtureConfig()
    let anthropic = store.authOrder(for: "anthropic", config: config, now: now)
    #expect(anthropic.ids == ["anthropic:manual", "anthropic:work", "anthropic:personal"])
    #expect(anthropic.entries.map(\.usableAt) == [nil, now + 4 * minute, now + 3 * hour])
    #expect(store.authOrder(for: "openai", config: config, now: now).ids == ["openai:default"])
    #expect(
      store.authOrder(for: "google", config: config, now: now).ids == ["google:nightly", "google:me@example.com"])
    #expect(
      store.authOrder(for: "google", config: Config(), now: now).ids == [
        "google:nightly", "google:lapsed", "google:me@example.com",
      ])
  }
}
