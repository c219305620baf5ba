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
    let hours = (1...4).map { Cooldowns.billingDisable(failures: $0, provider: "anthropic", settings: settings) }
    #expect(hours == [5 * hour, 10 * hour, 20 * hour, 24 * hour])
    let usage = try recording([.billing])
    #expect(usage.disabledUntil == now + 5 * hour)
    #expect(usage.disabledReason == "billing")
    #expect(usage.errorCount == 0)
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
  func otherFailuresCoolDownFor30Seconds(outcome: Outcome) throws {
    let usage = try recording([outcome])
    #expect(usage.cooldownUntil == now + 30 * second)
    #expect(usage.errorCount == 1)
    #expect(usage.failureCounts == [outcome.rawValue: 1])
  }

  @Test func theLadderIs30SecondsThen1MinuteThen5Minutes() {
    #expect((1...4).map(Cooldowns.cooldown(afterFailures:)) == [30 * second, minute, 5 * minute, 5 * minute])
  }

  @Test func aRetryDuringACooldownIsCountedButMovesNoWindow() throws {
    let usage = try recording([.rateLimit, .rateLimit, .serverError], at: [now, now, now + 20 * second])
    #expect(usage.cooldownUntil == now + 30 * second)
    #expect(usage.errorCount == 3)
    #expect(usage.failureCounts == ["rate_limit": 2, "server_error": 1])
    #expect(usage.lastFailureAt == now + 20 * second)
  }

  @Test func aBillingFailureDuringADisableNeitherExtendsNorShortensIt() throws {
    var store = try store(
      usage:
        #"{"disabledUntil": \#(now + 20 * hour), "disabledReason": "billing", "failureCounts": {"billing": 3}, "lastFailureAt": \#(now - hour)}"#
    )
    try store.record(.billing, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").disabledUntil == now + 20 * hour)
    #expect(store.usage(of: "anthropic:a").failureCounts == ["billing": 4])
  }

  @Test func anActiveCooldownIsNeverShortenedNorADisableByIt() throws {
    var store = try store(usage: #"{"cooldownUntil": \#(now + hour), "disabledUntil": \#(now + 30 * hour)}"#)
    try store.record(.rateLimit, profile: "anthropic:a", now: now, settings: settings)
    try store.record(.billing, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").cooldownUntil == now + hour)
    #expect(store.usage(of: "anthropic:a").disabledUntil == now + 30 * hour)
  }

  @Test func aBillingFailureDuringARateLimitCooldownStillDisables() throws {
    let usage = try recording([.rateLimit, .billing], at: [now, now + second])
    #expect(usage.cooldownUntil == now + 30 * second)
    #expect(usage.disabledUntil == now + second + 5 * hour)
  }

  @Test func countsRestartOnceThePreviousCooldownHasExpired() throws {
    var store = try store(
      usage:
        #"{"cooldownUntil": \#(now - 2 * minute), "errorCount": 3, "failureCounts": {"rate_limit": 3}, "lastFailureAt": \#(now - 150 * second)}"#
    )
    try store.record(.rateLimit, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").cooldownUntil == now + 30 * second)
    #expect(store.usage(of: "anthropic:a").errorCount == 1)
    #expect(store.usage(of: "anthropic:a").failureCounts == ["rate_limit": 1])
  }

  @Test func billingAfterAnExpiredDisableStartsAtTheBaseAgain() throws {
    var store = try store(
      usage:
        #"{"disabledUntil": \#(now - hour), "disabledReason": "billing", "failureCounts": {"billing": 2}, "lastFailureAt": \#(now - 11 * hour)}"#
    )
    try store.record(.billing, profile: "anthropic:a", now: now, settings: settings)
    #expect(store.usage(of: "anthropic:a").disabledUntil == now + 5 * hour)
    #expect(store.usage(of: "anthropic:a").failureCounts == ["billing": 1])
  }

  @Test func openRouterRecordsFailuresWithoutACooldownButBillingStillDisables() throws {
    var store = try TestStores.make(
      profiles: #"{"openrouter:default": {"type": "api_key", "provider": "OpenRouter", "key": "k"}}"#, usageStats: "{}")
    try store.record(.rateLimit, profile: "openrouter:default", now: now, settings: settings)
    try store.record(.serverError, profile: "openrouter:default", now: now, settings: settings)
    #expect(store.usage(of: "openrouter:default").cooldownUntil == nil)
    #expect(store.usage(of: "openrouter:default").errorCount == 2)
    #expect(store.isUsable("openrouter:default", now: now))
    try store.record(.billing, profile: "openrouter:default", now: now, settings: settings)
    #expect(store.usage(of: "openrouter:default").disabledUntil == now + 5 * hour)
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
    let usage = try recording([.timeout, .rateLimit], at: [now, now + 2 * hour], settings: settings)
    #expect(usage.failureCounts == ["rate_limit": 1])
    #expect(try recording([.timeout, .rateLimit], at: [now, now + 2 * hour]).failureCounts.count == 2)
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
