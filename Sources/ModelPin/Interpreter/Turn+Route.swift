import AuthProfiles
import ModelCatalog
import SessionState

extension Turn {
  /// The route of the next message (spec §4.4). With `saving`, a rotated auto pin is stored with
  /// the reply.
  mutating func route(saving: Bool) throws -> Route {
    let pinned = pinnedModel
    let model = pinned ?? selection.defaultCatalogModel
    let provider = model.ref.provider
    // Built once, when the credential is known: a Route is large, and changing one copied it.
    func route(
      credential: Route.Credential?, profile: String? = nil, source: PinSourceName? = nil, usableAt: Int64? = nil
    )
      -> Route
    {
      Route(
        provider: provider, model: model.ref.model, alias: model.aliases.first,
        modelSource: pinned == nil ? .default : .pin, profile: profile, profileSource: source, credential: credential,
        cooling: usableAt != nil, usableAt: usableAt)
    }
    if let pin = profilePin, pin.source == .user, store.provider(ofProfile: pin.id) == provider {
      let usableAt = store.isUsable(pin.id, now: now) ? nil : store.usableAt(pin.id)
      return route(credential: .profile, profile: pin.id, source: .user, usableAt: usableAt)
    }
    if let chosen = autoProfile(in: authOrder(for: provider)) {
      if own.profile != chosen.id || own.profileSource != .auto {
        own.profile = chosen.id
        own.profileSource = .auto
        if saving { ownChanged = true }
      }
      return route(credential: .profile, profile: chosen.id, source: .auto, usableAt: chosen.usableAt)
    }
    if own.profileSource == .auto {
      own.profile = nil
      own.profileSource = nil
      if saving { ownChanged = true }
    }
    return route(credential: workspace.fallbackCredential(for: provider, store: store))
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

  /// The provider's order now, from the interpreter's cache.
  func authOrder(for provider: String) -> AuthOrder {
    loaded.authOrders.order(for: provider, in: store, now: now)
  }

  /// Whether any credential exists for the provider: a profile in its order, an environment key or a config key.
  func hasCredential(for provider: String) -> Bool {
    !authOrder(for: provider).entries.isEmpty
      || workspace.fallbackCredential(for: provider, store: store) != nil
  }
}
