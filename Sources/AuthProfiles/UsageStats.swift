import StateFolder

/// What modelpin and OpenClaw remember about a profile's use: `usageStats.<id>` (spec §5.1).
///
/// Times are Unix milliseconds. A missing field reads as nil, zero or empty.
public struct UsageStats: Sendable, Equatable {
  /// The last successful call.
  public var lastUsed: Int64?
  /// Until when the profile cools down after a failure.
  public var cooldownUntil: Int64?
  /// Until when the profile is disabled (billing).
  public var disabledUntil: Int64?
  /// Why the profile is disabled, e.g. `billing`.
  public var disabledReason: String?
  /// Failures since the last success that lead to a cooldown.
  public var errorCount: Int
  /// Failures by outcome name (`rate_limit`, `billing`, ...), including names modelpin does not know.
  public var failureCounts: [String: Int]
  /// The last failure of any kind.
  public var lastFailureAt: Int64?

  public init(
    lastUsed: Int64? = nil, cooldownUntil: Int64? = nil, disabledUntil: Int64? = nil, disabledReason: String? = nil,
    errorCount: Int = 0, failureCounts: [String: Int] = [:], lastFailureAt: Int64? = nil
  ) {
    self.lastUsed = lastUsed
    self.cooldownUntil = cooldownUntil
    self.disabledUntil = disabledUntil
    self.disabledReason = disabledReason
    self.errorCount = errorCount
    self.failureCounts = failureCounts
    self.lastFailureAt = lastFailureAt
  }

  /// When the profile can be used again: the later of `cooldownUntil` and `disabledUntil`; nil
  /// when neither is set (zero counts as unset, as in OpenClaw's files).
  public var usableAt: Int64? {
    let until = max(cooldownUntil ?? 0, disabledUntil ?? 0)
    return until > 0 ? until : nil
  }

  /// Whether the profile is neither cooling down nor disabled at `now`.
  public func isUsable(now: Int64) -> Bool {
    usableAt.map { now >= $0 } ?? true
  }
}

extension UsageStats {
  /// Reads `usageStats.<id>`; values of the wrong type read as missing.
  init(json object: JSONObject) {
    func time(_ key: String) -> Int64? { object[key]?.int64Value }
    var failureCounts: [String: Int] = [:]
    for (name, count) in object["failureCounts"]?.objectValue?.members ?? [] {
      if let count = count.int64Value { failureCounts[name] = Int(clamping: count) }
    }
    self.init(
      lastUsed: time("lastUsed"), cooldownUntil: time("cooldownUntil"), disabledUntil: time("disabledUntil"),
      disabledReason: object["disabledReason"]?.stringValue,
      errorCount: Int(clamping: object["errorCount"]?.int64Value ?? 0), failureCounts: failureCounts,
      lastFailureAt: time("lastFailureAt"))
  }

  /// Writes the fields that differ from `old` into `object`, so that every other field, and the
  /// text of every unchanged number, stays as it was. A nil or empty field is removed.
  func write(into object: inout JSONObject, changedFrom old: UsageStats) {
    if lastUsed != old.lastUsed { object.setInteger("lastUsed", lastUsed) }
    if cooldownUntil != old.cooldownUntil { object.setInteger("cooldownUntil", cooldownUntil) }
    if disabledUntil != old.disabledUntil { object.setInteger("disabledUntil", disabledUntil) }
    if disabledReason != old.disabledReason { object.setString("disabledReason", disabledReason) }
    if errorCount != old.errorCount { object.setInteger("errorCount", Int64(errorCount)) }
    if failureCounts != old.failureCounts {
      if failureCounts.isEmpty {
        object["failureCounts"] = nil
      } else {
        object.editObject("failureCounts") { counts in
          for name in old.failureCounts.keys where failureCounts[name] == nil { counts[name] = nil }
          for (name, count) in failureCounts.sorted(by: { $0.key < $1.key }) where old.failureCounts[name] != count {
            counts[name] = .integer(Int64(count))
          }
        }
      }
    }
    if lastFailureAt != old.lastFailureAt { object.setInteger("lastFailureAt", lastFailureAt) }
  }
}
