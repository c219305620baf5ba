import AuthProfiles
import StateFolder
import Testing

/// An explicit order whose ids have all drifted away (spec §5.3): passed over, not obeyed.
@Suite struct DriftedOrderTests {
  private let profiles = """
    {"openai:work": {"type": "api_key", "provider": "openai", "key": "k1"},
     "openai:ci": {"type": "api_key", "provider": "openai", "key": "k2"},
     "anthropic:default": {"type": "api_key", "provider": "anthropic", "key": "k3"}}
    """

  @Test func aConfigOrderNamingOnlyMissingIdsFallsBackToTheStoredProfiles() throws {
    let store = try TestStores.make(profiles: profiles, usageStats: "{}")
    var config = Config()
    config.authOrder = ["openai": ["openai:default", "anthropic:default"]]
    let order = store.authOrder(for: "openai", config: config, now: now)
    #expect(order.ids == ["openai:work", "openai:ci"])
    #expect(!order.isExplicit)
    #expect(order.drifted == ["openai:default", "anthropic:default"])
  }

  @Test func aStoreOrderNamingOnlyMissingIdsGivesWayToTheConfigOrder() throws {
    let store = try TestStores.make(
      profiles: profiles, order: #"{"openai": ["openai:old"]}"#)
    var config = Config()
    config.authOrder = ["openai": ["openai:ci"]]
    let order = store.authOrder(for: "openai", config: config, now: now)
    #expect(order.ids == ["openai:ci"])
    #expect(order.isExplicit && !order.isStoreOrder)
    #expect(order.drifted == ["openai:old"])
  }

  @Test func anOrderThatStillNamesOneProfileIsKeptAsItIs() throws {
    let store = try TestStores.make(profiles: profiles, usageStats: "{}")
    var config = Config()
    config.authOrder = ["openai": ["openai:default", "openai:ci"]]
    let order = store.authOrder(for: "openai", config: config, now: now)
    #expect(order.ids == ["openai:ci"])
    #expect(order.drifted.isEmpty)
  }
}
