import AuthProfiles
import ModelCatalog
import SessionState

extension Turn {
  /// The route of the next message (spec §4.4). With `saving`, a rotated auto pin is stored with
  /// the reply.
  mutating func route(saving: Bool) throws -> Route {
    let pinned = pinnedModel
    let model = (pinned ?? selection.defaultCatalogModel).ref
    let alias = (pinned ?? selection.defaultCatalogModel).aliases.first
    var route = Route(
      provider: model.provider, model: model.model, alias: alias, modelSource: pinned == nil ? .default : .pin)
    if let pin = profilePin, pin.source == .user, store.provider(ofProfile: pin.id) == model.provider {
      route.profile = pin.id
      route.profileSource = .user
      route.credential = .profile
      markCooling(&route, profile: pin.id)
      return route
    }
    if let chosen = autoProfile(in: authOrder(for: model.provider)) {
      route.profile = chosen.id
      route.profileSource = .auto
      route.credential = .profile
      route.cooling = chosen.usableAt != nil
      route.usableAt = chosen.usableAt
      if own.profile != chosen.id || own.profileSource != .auto {
        own.profile = chosen.id
        own.profileSource = .auto
        if saving { ownChanged = true }
      }
      return route
    }
    if own.profileSource == .auto {
      own.profile = nil
      own.profileSource = nil
      if saving { ownChanged = true }
    }
    route.credential = workspace.fallbackCredential(for: model.provider)
    return route
  }

  /// The auto pin kept while usable, else the first of the order (the soonest usable when all cool).
  private func autoProfile(in order: AuthOrder) -> AuthOrder.Entry? {
    if let pin = profilePin, pin.source == .auto,
      let entry = order.entries.first(where: { $0.id == pin.id }), entry.usableAt == nil
    {
      return entry
    }
    return order.entries.first
  }

  /// The provider's order now, from the interpreter's cache.
  func authOrder(for provider: String) -> AuthOrder {
    interpreter.authOrders.order(for: provider, in: store, now: now)
  }

  private func markCooling(_ route: inout Route, profile: String) {
    guard !store.isUsable(profile, now: now) else { return }
    route.cooling = true
    route.usableAt = store.usableAt(profile)
  }

  /// Whether any credential exists for the provider: a profile in its order, an environment key or a config key.
  func hasCredential(for provider: String) -> Bool {
    !authOrder(for: provider).entries.isEmpty
      || workspace.fallbackCredential(for: provider) != nil
  }
}
