import AuthProfiles
import ModelCatalog
import ModelCommand
import StateFolder

/// `modelpin auth order get|set|clear`: a provider's order as auth-profiles.json stores it, as
/// the config gives it, and as it applies now (spec §5.3).
public struct AuthOrderReport: Sendable, Equatable {
  /// What the command did.
  public enum Change: Sendable, Equatable {
    /// `get`: nothing.
    case none
    /// `set`: the stored order was replaced.
    case set
    /// `clear`: the stored order was removed; false when there was none.
    case cleared(Bool)
  }

  /// The provider, normalized.
  public var provider: String
  public var change: Change
  /// `order.<provider>` of auth-profiles.json.
  public var stored: [String]?
  /// `auth.order.<provider>` of the config.
  public var configured: [String]?
  /// The order that applies now: usable profiles only, unusable ones last.
  public var effective: [String]

  init(provider: String, change: Change, store: AuthStore, context: OperatorContext) {
    let config = context.workspace.config
    self.provider = provider
    self.change = change
    stored = store.explicitOrder(for: provider)
    configured =
      config.authOrder.sorted { $0.key < $1.key }
      .first { ProviderName.normalized($0.key) == provider && !$0.value.isEmpty }?.value
    effective = store.authOrder(for: provider, config: config, now: context.now).ids
  }

  /// `auth order get`: the orders of `provider` as they are.
  public static func get(provider: String, context: OperatorContext) throws(OperatorFailure) -> AuthOrderReport {
    let provider = ProviderName.normalized(provider)
    return AuthOrderReport(provider: provider, change: .none, store: try context.authStore(), context: context)
  }

  /// `auth order get` without `--provider`: the orders of every provider that has a stored profile
  /// or a configured order, in the file's order, then the config's.
  public static func getAll(context: OperatorContext) throws(OperatorFailure) -> [AuthOrderReport] {
    let store = try context.authStore()
    var seen: Set<String> = []
    let named = store.profiles.map(\.provider) + context.workspace.config.authOrder.keys.sorted()
    return named.map(ProviderName.normalized).filter { seen.insert($0).inserted }.map {
      AuthOrderReport(provider: $0, change: .none, store: store, context: context)
    }
  }

  /// `auth order set`: stores `ids` as the order; each must be a stored profile of the provider.
  public static func set(provider: String, ids: [String], context: OperatorContext) throws(OperatorFailure)
    -> AuthOrderReport
  {
    let provider = ProviderName.normalized(provider)
    let store = try context.updateAuth { store in
      try store.setOrder(provider: provider, ids: ids)
      return store
    }
    return AuthOrderReport(provider: provider, change: .set, store: store, context: context)
  }

  /// `auth order clear`: removes the stored order, so the config's or the automatic one applies.
  public static func clear(provider: String, context: OperatorContext) throws(OperatorFailure) -> AuthOrderReport {
    let provider = ProviderName.normalized(provider)
    let (store, cleared) = try context.updateAuth { store in
      let cleared = store.clearOrder(provider: provider)
      return (store, cleared)
    }
    return AuthOrderReport(provider: provider, change: .cleared(cleared), store: store, context: context)
  }

  /// What changed, the stored and configured orders, and the order in effect.
  public func text(_ messages: MessageCatalog) -> String {
    let provider = escapedForDisplay(provider)
    let list = { (ids: [String]) in messages.list(ids.map(escapedForDisplay)) }
    var lines: [String] = []
    switch change {
    case .none: break
    case .set: lines.append(messages.text(.cliOrderSet, ["provider": provider]))
    case .cleared(true): lines.append(messages.text(.cliOrderCleared, ["provider": provider]))
    case .cleared(false): lines.append(messages.text(.cliOrderNothingToClear, ["provider": provider]))
    }
    lines.append(
      stored.map { messages.text(.cliOrderStored, ["provider": provider, "profiles": list($0)]) }
        ?? messages.text(.cliOrderNotStored, ["provider": provider]))
    if let configured {
      lines.append(messages.text(.cliOrderConfigured, ["provider": provider, "profiles": list(configured)]))
    }
    lines.append(
      effective.isEmpty
        ? messages.text(.cliOrderEffectiveNone, ["provider": provider])
        : messages.text(.cliOrderEffective, ["profiles": list(effective)]))
    return lines.joined(separator: "\n")
  }

  /// `{"provider", "stored", "configured", "effective"}`; absent orders are null.
  public var json: JSONValue {
    let list = { (ids: [String]?) in ids.map { JSONValue.array($0.map(JSONValue.string)) } ?? .null }
    return .object(
      JSONObject([
        ("provider", .string(provider)), ("stored", list(stored)), ("configured", list(configured)),
        ("effective", list(effective)),
      ]))
  }
}
