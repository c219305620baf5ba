import AuthProfiles
import ModelCatalog
import SessionState

extension Turn {
  /// The route of the next message (spec §4.4). With `saving`, a rotated auto pin is stored with
  /// the reply.
  mutating func route(saving: Bool) throws -> Route {
    let pin = modelPin
    let model = pin ?? selection.defaultModel
    var route = Route(
      provider: model.provider, model: model.model, alias: selection.aliases(of: model).first,
      modelSource: pin == nil ? .default : .pin)
    if let pin = profilePin, pin.source == .user, store.profile(pin.id)?.provider == model.provider {
      route.profile = pin.id
      route.profileSource = .user
      route.credential = .profile
      markCooling(&route, profile: pin.id)
      return route
    }
    let order = store.authOrder(for: model.provider, config: workspace.config, now: now)
    if let chosen = autoProfile(in: order) {
      route.profile = chosen
      route.profileSource = .auto
      route.credential = .profile
      markCooling(&route, profile: chosen)
      if own.profile != chosen || own.profileSource != .auto {
        own.profile = chosen
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
  private func autoProfile(in order: AuthOrder) -> String? {
    if let pin = profilePin, pin.source == .auto, order.entries.contains(where: { $0.id == pin.id }),
      store.isUsable(pin.id, now: now)
    {
      return pin.id
    }
    return order.next
  }

  private func markCooling(_ route: inout Route, profile: String) {
    guard !store.isUsable(profile, now: now) else { return }
    route.cooling = true
    route.usableAt = store.usableAt(profile)
  }

  /// Whether any credential exists for the provider: a profile in its order, an environment key or a config key.
  func hasCredential(for provider: String) -> Bool {
    !store.authOrder(for: provider, config: workspace.config, now: now).ids.isEmpty
      || workspace.fallbackCredential(for: provider) != nil
  }
}
