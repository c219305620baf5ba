import AuthProfiles
import ModelCatalog
import StateFolder

/// What the pin rules and the route consult, as of one turn: the selectable models, the auth
/// state, the config's credentials and the time. Nothing here is read again during the turn.
struct RoutingFacts {
  /// The config and what is derived from it; shared, not copied: every line builds its facts.
  let loaded: LoadedWorkspace
  let store: AuthStore
  /// Unix milliseconds.
  let now: Int64

  var selection: ModelSelection { loaded.workspace.selection }

  /// The provider's order now (spec §5.3).
  func order(for provider: String) -> AuthOrder {
    loaded.authOrders.order(for: provider, in: store, now: now)
  }

  /// The provider's explicit order as written: the store's, else the config's.
  func explicitOrder(for provider: String) -> [String]? {
    if let stored = store.explicitOrder(for: provider) { return stored }
    return loaded.workspace.config.authOrder(of: provider)
  }

  /// The environment key, else the config key, of a provider without a usable profile.
  func fallbackCredential(for provider: String) -> Route.Credential? {
    loaded.workspace.fallbackCredential(for: provider, store: store)
  }

  /// Whether any credential exists for the provider: a profile in its order, an environment key
  /// or a config key.
  func hasCredential(for provider: String) -> Bool {
    !order(for: provider).entries.isEmpty || fallbackCredential(for: provider) != nil
  }
}
