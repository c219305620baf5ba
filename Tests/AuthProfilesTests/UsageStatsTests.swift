import AuthProfiles
import Testing

@Suite struct UsageStatsTests {
  @Test func readsEveryFieldOfUsageStats() throws {
    let store = try TestStores.fixture()
    #expect(
      store.usage(of: "anthropic:personal")
        == UsageStats(
          lastUsed: 1_767_100_000_000, disabledUntil: 1_767_236_400_000, disabledReason: "billing", errorCount: 0,
          failureCounts: ["billing": 1, "overloaded": 3], lastFailureAt: now))
  }

  @Test func readsNoStatsAsEmpty() throws {
    let store = try TestStores.fixture()
    #expect(store.usage(of: "openai:ci") == UsageStats())
  }

  @Test func isUsableAgainAtTheLaterOfCooldownAndDisabledTime() {
    let stats = UsageStats(cooldownUntil: now + 5 * minute, disabledUntil: now + hour)
    #expect(stats.usableAt == now + hour)
    #expect(!stats.isUsable(now: now + 30 * minute))
    #expect(stats.isUsable(now: now + hour))
  }

  @Test func treatsZeroTimesAsUnset() throws {
    let store = try TestStores.fixture()
    #expect(store.usableAt("openai:default") == nil)
    #expect(store.isUsable("openai:default", now: now))
  }

  @Test func readsValuesOfTheWrongTypeAsMissing() throws {
    let store = try TestStores.make(
      profiles: "{}",
      usageStats:
        #"{"a:b": {"lastUsed": "yesterday", "errorCount": true, "failureCounts": {"auth": "x", "format": 2}}}"#)
    #expect(store.usage(of: "a:b") == UsageStats(failureCounts: ["format": 2]))
  }
}
