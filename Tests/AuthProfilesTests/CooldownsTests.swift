import AuthProfiles
import StateFolder
import Testing

@Suite struct CooldownsTests {
  private let settings = Config.CooldownSettings()

  /// A store with one API key, `anthropic:a`, with these usage statistics.
  private func store(usage: String = "{}") throws -> AuthStore {
    try TestStores.make(
      profiles: #"{"anthropic:a": {"type": "api_key", "provider": "anthropic", "key": "k"}}"#,
      usageStats: #"{"anthropic:a": \#(usage)}"#)
  }

  private func recording(_ outcomes: [Outcome], at times: [Int64]? = nil, settings: Config.CooldownSettings? = nil)
    throws -> UsageStats
  {
    var store = try store()
    for (index, outcome) in outcomes.enumerated() {
      try store.record(outcome, profile: "anthropic:a", now: times?[index] ?? now, settings: settings ?? self.settings)
    }
    return store.usage(of: "anthropic:a")
  }

  @Test func okSetsLastUsedAndLastGoodAndClearsCountsAndCooldowns() throws {
    var store = try store(
      usage: """
        {"cooldownUntil": \(now + minute), "disabledUntil": \(now + hour), "disabledReason": "billing",
         "errorCount": 3, "failureCounts": {"billing": 1, "rate_limit": 3}, "lastFailureAt": \(now - minute)}
        """)
    try store.record(.ok, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a") == UsageStats(lastUsed: now, lastFailureAt: now - minute))
    #expect(store.lastGood(for: "anthropic") == "anthropic:a")
    #expect(store.isUsable("anthropic:a", now: now))
  }

  @Test func timeoutIsRecordedWithoutCooldown() throws {
    let usage = try recording([.timeout, .timeout])
    #expect(usage == UsageStats(failureCounts: ["timeout": 2], lastFailureAt: now))
    #expect(usage.isUsable(now: now))
  }

  @Test func billingDisablesForTheBaseDoubledPerBillingFailureUpTo24Hours() throws {
    var store = try store()
    var disabled: [Int64] = []
    for _ in 0..<4 {
      try store.record(.billing, profile: "anthropic:a", now: now, settings: settings)
      disabled.append(store.usage(of: "anthropic:a").disabledUntil! - now)
    }
    #expect(disabled == [5 * hour, 10 * hour, 20 * hour, 24 * hour])
    #expect(store.usage(of: "anthropic:a").disabledReason == "billing")
    #expect(store.usage(of: "anthropic:a").errorCount == 0)
  }

  @Test func billingTakesTheProvidersOwnBaseAndTheConfiguredCap() throws {
    var settings = Config.CooldownSettings()
    settings.billingBackoffHoursByProvider = ["Anthropic": 2]
    settings.billingMaxHours = 6
    #expect(Cooldowns.billingDisable(failures: 1, provider: "anthropic", settings: settings) == 2 * hour)
    #expect(Cooldowns.billingDisable(failures: 2, provider: "anthropic", settings: settings) == 4 * hour)
    #expect(Cooldowns.billingDisable(failures: 3, provider: "anthropic", settings: settings) == 6 * hour)
    #expect(Cooldowns.billingDisable(failures: 1, provider: "openai", settings: settings) == 5 * hour)
    #expect(Cooldowns.billingDisable(failures: 5000, provider: "openai", settings: settings) == 6 * hour)
  }

  @Test(arguments: [Outcome.rateLimit, .auth, .format, .serverError])
  func otherFailuresCoolDown30SecondsThen1MinuteThen5Minutes(outcome: Outcome) throws {
    var store = try store()
    var cooldowns: [Int64] = []
    for step in 0..<4 {
      let time = now + Int64(step) * hour
      try store.record(outcome, profile: "anthropic:a", now: time, settings: settings)
      cooldowns.append(store.usage(of: "anthropic:a").cooldownUntil! - time)
    }
    #expect(cooldowns == [30 * second, minute, 5 * minute, 5 * minute])
    #expect(store.usage(of: "anthropic:a").errorCount == 4)
    #expect(store.usage(of: "anthropic:a").failureCounts == [outcome.rawValue: 4])
  }

  @Test func aNewCooldownNeverShortensAnActiveOne() throws {
    var store = try store(usage: #"{"cooldownUntil": \#(now + hour), "disabledUntil": \#(now + 30 * hour)}"#)
    try store.record(.rateLimit, profile: "anthropic:a", now: now, settings: settings)
    try store.record(.billing, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").cooldownUntil == now + hour)
    #expect(store.usage(of: "anthropic:a").disabledUntil == now + 30 * hour)
  }

  @Test func countsResetWhenTheLastFailureIsOlderThanTheFailureWindow() throws {
    let usage = """
      {"errorCount": 5, "failureCounts": {"rate_limit": 5, "billing": 2}, "lastFailureAt": \(now - 25 * hour)}
      """
    var store = try store(usage: usage)
    try store.record(.rateLimit, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").errorCount == 1)
    #expect(store.usage(of: "anthropic:a").failureCounts == ["rate_limit": 1])
    #expect(store.usage(of: "anthropic:a").cooldownUntil == now + 30 * second)
  }

  @Test func countsStayWithinTheFailureWindow() throws {
    var store = try store(usage: #"{"errorCount": 5, "lastFailureAt": \#(now - 23 * hour)}"#)
    try store.record(.auth, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").errorCount == 6)
    #expect(store.usage(of: "anthropic:a").cooldownUntil == now + 5 * minute)
  }

  @Test func theFailureWindowComesFromTheConfig() throws {
    var settings = Config.CooldownSettings()
    settings.failureWindowHours = 1
    let usage = try recording([.rateLimit, .rateLimit], at: [now, now + 2 * hour], settings: settings)
    #expect(usage.errorCount == 1)
  }

  @Test func clearingAProfileClearsItsCooldownsAndCounts() throws {
    var store = try store(
      usage:
        #"{"lastUsed": 7, "cooldownUntil": \#(now + hour), "disabledUntil": \#(now + hour), "disabledReason": "billing", "errorCount": 2, "failureCounts": {"auth": 2}}"#
    )
    try store.clearCooldowns(profile: "anthropic:a")
    #expect(store.usage(of: "anthropic:a") == UsageStats(lastUsed: 7))
    #expect(store.isUsable("anthropic:a", now: now))
  }

  @Test func clearingAProviderClearsEachOfItsProfiles() throws {
    var store = try TestStores.fixture()
    let cleared = store.clearCooldowns(provider: "Anthropic")
    #expect(cleared == ["anthropic:work", "anthropic:personal"])
    #expect(store.authOrder(for: "anthropic", config: Config(), now: now).firstUsable == "anthropic:manual")
    #expect(store.profiles(of: "anthropic").allSatisfy { store.isUsable($0.id, now: now) })
    #expect(store.usage(of: "openai:default").lastUsed == 1_767_200_000_000)
  }

  @Test func refusesOutcomesAndClearingForAnUnknownProfile() throws {
    var store = try store()
    #expect(throws: AuthStoreError.unknownProfile("anthropic:gone")) {
      try store.record(.ok, profile: "anthropic:gone", now: now, settings: settings)
    }
    #expect(throws: AuthStoreError.unknownProfile("anthropic:gone")) {
      try store.clearCooldowns(profile: "anthropic:gone")
    }
  }
}
