import AuthProfiles
import ModelCatalog
import ModelCommand
import ModelPin
import SafeText
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
  /// The profiles of the list in use (stored, else configured, else the provider's) that the
  /// order in effect tries last or leaves out, with why.
  public var moves: [OrderMove]
  /// What a message uses when no profile is in effect: the environment key, else the config's
  /// key; nil when a profile is in effect or there is no key.
  public var key: Route.Credential?
  /// For standard error after `set`: usable profiles the order leaves out, a first profile that
  /// is not used now.
  public var warnings: [SafeText] = []
  /// The clock of the report.
  let now: Int64

  init(provider: String, change: Change, store: AuthStore, context: OperatorContext) {
    let config = context.workspace.config
    self.provider = provider
    self.change = change
    now = context.now
    stored = store.explicitOrder(for: provider)
    configured = config.authOrder(of: provider)
    let order = store.authOrder(for: provider, config: config, now: context.now)
    effective = order.ids
    let listed =
      (order.isStoreOrder ? stored : order.isExplicit ? configured : nil)
      ?? store.profiles.filter { $0.provider == provider }.map(\.id)
    moves = OrderMove.moves(of: listed, in: order, store: store, now: context.now)
    key = effective.isEmpty ? context.workspace.fallbackCredential(for: provider, store: store) : nil
  }

  /// `auth order get`: the orders of `provider` as they are.
  public static func get(provider: String, context: OperatorContext) throws(OperatorFailure) -> AuthOrderReport {
    let provider = ProviderName.normalized(provider)
    return AuthOrderReport(provider: provider, change: .none, store: try context.authStore(), context: context)
  }

  /// `auth order get` without `--provider`: the orders of every provider that has a stored profile
  /// or a configured order, in the file's order, then the config's, then the known providers that
  /// only an environment or config key serves.
  public static func getAll(context: OperatorContext) throws(OperatorFailure) -> [AuthOrderReport] {
    let store = try context.authStore()
    let workspace = context.workspace
    var seen: Set<String> = []
    let named = store.profiles.map(\.provider) + workspace.config.authOrder.keys.sorted()
    let ordered = named.map(ProviderName.normalized).filter { seen.insert($0).inserted }
    // Then the known providers that a key alone serves, as `status` shows them.
    let keyed = workspace.selection.knownProviders.filter {
      !seen.contains($0) && workspace.fallbackCredential(for: $0, store: store) != nil
    }
    return (ordered + keyed).map { AuthOrderReport(provider: $0, change: .none, store: store, context: context) }
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
    var report = AuthOrderReport(provider: provider, change: .set, store: store, context: context)
    report.warnings = report.setWarnings(ids: ids, store: store, context: context)
    return report
  }

  /// Usable profiles of the provider that `ids` leaves out, and a first profile the order in
  /// effect does not try first, each a warning; the order is stored all the same.
  private func setWarnings(ids: [String], store: AuthStore, context: OperatorContext) -> [SafeText] {
    let messages = context.messages
    let named = Set(ids.map(ExactString.init))
    let leftOut = store.profiles.filter {
      $0.provider == provider && $0.hasCredential(now: now) && !named.contains(ExactString($0.id))
    }.map(\.id)
    var warnings: [SafeText] = []
    if !leftOut.isEmpty {
      let command = SuggestedCommand.setOrder(
        provider: provider, profiles: ids + leftOut, flags: context.workspace.stateFlags)
      warnings.append(
        messages.text(
          .cliOrderWarnLeftOut(provider: provider, profiles: messages.list(leftOut), command: command.description)))
    }
    if let first = ids.first, let move = moves.first(where: { $0.profile == first }) {
      warnings.append(
        messages.text(
          .cliOrderWarnFirst(profile: first, provider: provider, reason: move.reasonText(messages, now: now))))
    }
    return warnings.map { messages.text(.cliWarning(text: $0)) }
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
  public func text(_ messages: MessageCatalog) -> SafeText {
    var lines: [SafeText] = []
    switch change {
    case .none: break
    case .set: lines.append(messages.text(.cliOrderSet(provider: provider)))
    case .cleared(true): lines.append(messages.text(.cliOrderCleared(provider: provider)))
    case .cleared(false): lines.append(messages.text(.cliOrderNothingToClear(provider: provider)))
    }
    lines.append(
      stored.map { messages.text(.cliOrderStored(provider: provider, profiles: messages.list($0))) }
        ?? messages.text(.cliOrderNotStored(provider: provider)))
    if let configured {
      lines.append(messages.text(.cliOrderConfigured(provider: provider, profiles: messages.list(configured))))
    }
    switch (effective.isEmpty, key) {
    case (false, _): lines.append(messages.text(.cliOrderEffective(profiles: messages.list(effective))))
    case (true, .environment(let variable)?):
      let credential = messages.text(.cliOrderKeyEnvironment(variable: variable))
      lines.append(messages.text(.cliOrderEffectiveKey(credential: credential, provider: provider)))
    case (true, .config?):
      let credential = messages.text(.cliOrderKeyConfig(provider: provider))
      lines.append(messages.text(.cliOrderEffectiveKey(credential: credential, provider: provider)))
    case (true, _): lines.append(messages.text(.cliOrderEffectiveNone(provider: provider)))
    }
    lines += moves.map { "  " + $0.text(messages, now: now) }
    return lines.joined(separator: "\n")
  }

  /// `{"provider", "stored", "configured", "effective", "credential", "moved"}`; absent orders
  /// are null; `credential` is the key used when no profile is in effect (`env:VAR`, `config`) or null.
  public var json: JSONValue {
    let list = { (ids: [String]?) in ids.map { JSONValue.array($0.map(JSONValue.string)) } ?? .null }
    return .object(
      JSONObject([
        ("provider", .string(provider)), ("stored", list(stored)), ("configured", list(configured)),
        ("effective", list(effective)), ("credential", key.map { .string($0.label) } ?? .null),
        ("moved", .array(moves.map(\.json))),
      ]))
  }
}
