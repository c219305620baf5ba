import AuthProfiles
import ModelCatalog

extension PinState {
  /// The route of the next message (spec §4.4): the model in force, then the user profile pin,
  /// else the session's auto pin while usable, else the first of the provider's order, else the
  /// environment or config key. The auto pin follows the route: set, rotated or dropped here.
  mutating func route(_ facts: RoutingFacts) -> Route {
    let pinned = pinnedModel(in: facts.selection)
    let model = pinned ?? facts.selection.defaultCatalogModel
    let provider = model.ref.provider
    // Built once, when the credential is known: changing a route makes new storage for it.
    func route(
      credential: Route.Credential?, profile: String? = nil, source: PinSourceName? = nil, usableAt: Int64? = nil
    ) -> Route {
      Route(
        provider: provider, model: model.ref.model, alias: model.aliases.first,
        modelSource: pinned == nil ? .default : .pin, profile: profile, profileSource: source, credential: credential,
        cooling: usableAt != nil, usableAt: usableAt)
    }
    if let pin = profilePin, pin.source == .user, facts.store.provider(ofProfile: pin.id) == provider {
      let usableAt = facts.store.isUsable(pin.id, now: facts.now) ? nil : facts.store.usableAt(pin.id)
      return route(credential: .profile, profile: pin.id, source: .user, usableAt: usableAt)
    }
    if let chosen = autoProfile(in: facts.order(for: provider)) {
      if own.profile != chosen.id || own.profileSource != .auto {
        pinProfile(ProfilePin(id: chosen.id, source: .auto))
      }
      return route(credential: .profile, profile: chosen.id, source: .auto, usableAt: chosen.usableAt)
    }
    if own.profileSource == .auto { pinProfile(nil) }
    return route(credential: facts.fallbackCredential(for: provider))
  }

  /// The auto pin kept while usable, else the first of the order (the soonest usable when all cool).
  private func autoProfile(in order: AuthOrder) -> AuthOrder.Entry? {
    if own.profileSource == .auto, let id = own.profile,
      let entry = order.entries.first(where: { $0.id == id }), entry.usableAt == nil
    {
      return entry
    }
    return order.entries.first
  }
}
