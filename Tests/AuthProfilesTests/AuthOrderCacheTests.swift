import AuthProfiles
import StateFolder
import Testing

@Suite struct AuthOrderCacheTests {
  /// anthropic:a cooling down until `now + minute`; anthropic:b usable; anthropic:t a token that
  /// expires at `now + hour`.
  private func store() throws -> AuthStore {
    try TestStores.make(
      profiles: """
        {"anthropic:a": {"type": "api_key", "provider": "anthropic", "key": "ka"},
         "anthropic:b": {"type": "api_key", "provider": "anthropic", "key": "kb"},
         "anthropic:t": {"type": "token", "provider": "anthropic", "token": "t", "expires": \(now + hour)}}
        """,
      order: #"{"anthropic": ["anthropic:a", "anthropic:b", "anthropic:t"]}"#,
      usageStats: #"{"anthropic:a": {"cooldownUntil": \#(now + minute)}}"#)
  }

  @Test func givesWhatTheStoreComputesAtEveryMomentAcrossCooldownEndsAndExpiries() throws {
    let store = try store()
    let cache = AuthOrderCache(config: Config())
    let moments = [now, now + second, now + minute - 1, now + minute, now + hour - 1, now + hour, now + day, now]
    for moment in moments {
      #expect(
        cache.order(for: "anthropic", in: store, now: moment)
          == store.authOrder(for: "anthropic", config: Config(), now: moment))
    }
    #expect(cache.order(for: "anthropic", in: store, now: now + minute).ids.first == "anthropic:a")
    #expect(!cache.order(for: "anthropic", in: store, now: now + hour).ids.contains("anthropic:t"))
  }

  @Test func saysForWhichStoreAndUntilWhenItsOrderHolds() throws {
    var store = try store()
    let cache = AuthOrderCache(config: Config())
    let first = cache.timedOrder(for: "anthropic", in: store, now: now).lifetime
    #expect(first == AuthOrderLifetime(revision: store.revision, from: now, until: now + minute))
    #expect(cache.timedOrder(for: "anthropic", in: store, now: now + second).lifetime == first)
    #expect(cache.timedOrder(for: "anthropic", in: store, now: now + minute).lifetime.until == now + hour)
    #expect(cache.timedOrder(for: "anthropic", in: store, now: now + hour).lifetime.until == nil)
    #expect(first.holds(for: store, at: now + minute - 1))
    #expect(!first.holds(for: store, at: now + minute))
    #expect(!first.holds(for: store, at: now - 1))
    try store.clearCooldowns(profile: "anthropic:a")
    #expect(!first.holds(for: store, at: now))
  }

  @Test func computesAgainForAChangedStore() throws {
    var store = try store()
    let cache = AuthOrderCache(config: Config())
    #expect(cache.order(for: "anthropic", in: store, now: now).ids.first == "anthropic:b")
    let settings = Config().cooldowns
    try store.record(.rateLimit, profile: "anthropic:b", now: now, settings: settings)
    #expect(
      cache.order(for: "anthropic", in: store, now: now)
        == store.authOrder(for: "anthropic", config: Config(), now: now))
    #expect(cache.order(for: "anthropic", in: store, now: now).ids.first == "anthropic:t")
  }

  @Test func usesItsConfig() throws {
    let store = try TestStores.make(
      profiles: """
        {"anthropic:a": {"type": "api_key", "provider": "anthropic", "key": "ka"},
         "anthropic:b": {"type": "api_key", "provider": "anthropic", "key": "kb"}}
        """)
    let config = TestStores.config(order: ["anthropic": ["anthropic:b"]])
    #expect(AuthOrderCache(config: config).order(for: "anthropic", in: store, now: now).ids == ["anthropic:b"])
  }

  @Test func givesEveryReadOfAFileItsOwnRevision() throws {
    let first = try store()
    let again = try store()
    var changed = first
    try changed.clearCooldowns(profile: "anthropic:a")
    #expect(first.revision != again.revision)
    #expect(changed.revision != first.revision)
  }
}
