import StateFolder

/// How long failures keep a profile out of rotation (spec §5.5). Durations are milliseconds.
public enum Cooldowns {
  /// The cooldown after the `errorCount`-th failure in a row: 30 s, 1 min, then 5 min.
  public static func cooldown(afterFailures errorCount: Int) -> Int64 {
    switch errorCount {
    case ...1: 30_000
    case 2: 60_000
    default: 300_000
    }
  }

  /// How long the `failures`-th billing failure disables a profile of `provider`:
  /// `min(billingMaxHours, base × 2^(failures − 1))` hours, where the base is the provider's own
  /// `billingBackoffHoursByProvider` entry, else `billingBackoffHours`.
  public static func billingDisable(failures: Int, provider: String, settings: Config.CooldownSettings) -> Int64 {
    let normalized = ProviderName.normalized(provider)
    let base =
      settings.billingBackoffHoursByProvider[normalized]
      ?? settings.billingBackoffHoursByProvider.first { ProviderName.normalized($0.key) == normalized }?.value
      ?? settings.billingBackoffHours
    let doubling = Double(sign: .plus, exponent: max(failures, 1) - 1, significand: 1)
    return milliseconds(hours: min(settings.billingMaxHours, base * doubling))
  }

  /// Whether failures of `provider` leave it without a cooldown window (spec §5.5): OpenRouter
  /// fails over between its own upstreams, and cooling its key would block every model behind it.
  /// `billing` still disables it.
  public static func neverCoolsDown(_ provider: String) -> Bool {
    ProviderName.normalized(provider) == "openrouter"
  }

  /// Hours as milliseconds, capped far beyond any real cooldown so that it never overflows.
  static func milliseconds(hours: Double) -> Int64 {
    Int64(min(hours * 3_600_000, 1e15).rounded())
  }
}

extension UsageStats {
  /// The statistics after `outcome` at `now` for a profile of `provider`.
  ///
  /// - `ok`: `lastUsed = now`; error counts, cooldowns and the disabled state are cleared.
  /// - `timeout`: counted in `failureCounts` and `lastFailureAt`, no cooldown.
  /// - `billing`: counted; disabled per `Cooldowns.billingDisable`, reason `billing`.
  /// - any other failure: counted and `errorCount += 1`; cooldown per `Cooldowns.cooldown`, except
  ///   for `openrouter`, which fails over between its own upstreams and gets no cooldown.
  ///
  /// Windows never move while active: a failure during an active cooldown (or disable) is
  /// counted, but that window keeps its end, neither shorter nor longer. The counts restart when
  /// the previous window has expired by `now` (its fields are then dropped), and when the last
  /// failure is older than the failure window.
  public func recording(
    _ outcome: Outcome, provider: String, now: Int64, settings: Config.CooldownSettings
  ) -> UsageStats {
    var stats = self
    guard outcome != .ok else {
      stats.lastUsed = now
      stats.errorCount = 0
      stats.failureCounts = [:]
      stats.cooldownUntil = nil
      stats.disabledUntil = nil
      stats.disabledReason = nil
      return stats
    }
    let agedOut = lastFailureAt.map { now - $0 > Cooldowns.milliseconds(hours: settings.failureWindowHours) } ?? false
    let windowExpired = usableAt.map { now >= $0 } ?? false
    if agedOut || windowExpired {
      stats.errorCount = 0
      stats.failureCounts = [:]
    }
    if windowExpired {
      stats.cooldownUntil = nil
      stats.disabledUntil = nil
      stats.disabledReason = nil
    }
    stats.failureCounts[outcome.rawValue, default: 0] += 1
    stats.lastFailureAt = now
    switch outcome {
    case .ok, .timeout:
      break
    case .billing:
      guard !stats.isDisabled(at: now) else { break }
      let failures = stats.failureCounts[Outcome.billing.rawValue, default: 1]
      stats.disabledUntil = now + Cooldowns.billingDisable(failures: failures, provider: provider, settings: settings)
      stats.disabledReason = Outcome.billing.rawValue
    case .rateLimit, .auth, .format, .serverError:
      stats.errorCount += 1
      guard !stats.isCooling(at: now), !Cooldowns.neverCoolsDown(provider) else { break }
      stats.cooldownUntil = now + Cooldowns.cooldown(afterFailures: stats.errorCount)
    }
    return stats
  }

  /// Whether a cooldown is active at `now`.
  private func isCooling(at now: Int64) -> Bool {
    (cooldownUntil ?? 0) > now
  }

  /// Whether a disable is active at `now`.
  private func isDisabled(at now: Int64) -> Bool {
    (disabledUntil ?? 0) > now
  }

  /// The statistics with cooldowns, the disabled state and every count cleared.
  func clearingCooldowns() -> UsageStats {
    var stats = self
    stats.cooldownUntil = nil
    stats.disabledUntil = nil
    stats.disabledReason = nil
    stats.errorCount = 0
    stats.failureCounts = [:]
    return stats
  }
}

extension AuthStore {
  /// Records what a call through a profile did at `now` (spec §5.5); `ok` also makes it the
  /// provider's `lastGood`.
  ///
  /// - Throws: `AuthStoreError.unknownProfile` when no usable profile has this id.
  public mutating func record(
    _ outcome: Outcome, profile id: String, now: Int64, settings: Config.CooldownSettings
  ) throws(AuthStoreError) {
    guard let profile = profile(id) else { throw .unknownProfile(id) }
    writeUsage(usage(of: id).recording(outcome, provider: profile.provider, now: now, settings: settings), for: id)
    if outcome == .ok { writeLastGood(id, for: profile.provider) }
  }

  /// Clears the cooldown, the disabled state and the counts of one profile (`auth cooldown clear --profile`).
  ///
  /// Returns whether it had any.
  ///
  /// - Throws: `AuthStoreError.unknownProfile` when the store has neither a profile nor statistics of this id.
  @discardableResult
  public mutating func clearCooldowns(profile id: String) throws(AuthStoreError) -> Bool {
    guard profile(id) != nil || usage(of: id) != UsageStats() else {
      throw .unknownProfile(id)
    }
    let stats = usage(of: id)
    let cleared = stats.clearingCooldowns()
    guard cleared != stats else { return false }
    writeUsage(cleared, for: id)
    return true
  }

  /// Clears the cooldowns, disabled states and counts of every profile of a provider (normalized
  /// here) and returns the ids that had any, in file order.
  @discardableResult
  public mutating func clearCooldowns(provider: String) -> [String] {
    var cleared: [String] = []
    for profile in profiles(of: provider) {
      let stats = usage(of: profile.id)
      let clearedStats = stats.clearingCooldowns()
      guard clearedStats != stats else { continue }
      writeUsage(clearedStats, for: profile.id)
      cleared.append(profile.id)
    }
    return cleared
  }
}
