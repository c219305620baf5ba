import AuthProfiles
import ModelCatalog
import SessionState

/// What a selection does with the profile pin.
enum ProfileChoice: Equatable {
  /// No `@`: a user pin of the model's provider is kept, one of another provider dropped.
  case unchanged
  /// `@profile`: pins the profile; `refusal(ofPinning:for:)` has passed.
  case user(String)
  /// `@auto`: drops any profile pin, so the route chooses.
  case automatic
}

extension PinState {
  /// Drops a stored model pin that is no longer selectable, and a user profile pin that is gone
  /// or of another provider than the routed model's (spec §4.3, last rule). An auto pin is left to
  /// the route, which replaces it when it is not in the provider's order.
  mutating func dropStalePins(_ facts: RoutingFacts) -> [PinEvent] {
    var events: [PinEvent] = []
    if let key = own.model, facts.selection.selectableModel(key: key) == nil {
      events.append(.modelPinDropped(model: key))
      own.model = nil
    }
    if let id = own.profile, own.profileSource != .auto {
      let provider = routedModel(in: facts.selection).provider
      switch facts.store.provider(ofProfile: id) {
      case provider:
        break
      case nil:
        events.append(.profilePinGone(profile: id, provider: provider))
        pinProfile(nil)
      case .some:
        events.append(.profilePinOfOtherProvider(profile: id, provider: provider))
        pinProfile(nil)
      }
    }
    return events
  }

  /// The first check of spec §4.3 that pinning profile `id` for `ref` fails; nil when it may be pinned.
  static func refusal(ofPinning id: String, for ref: ModelRef, _ facts: RoutingFacts) -> PinRefusal? {
    guard let profile = facts.store.profile(id) else { return .unknownProfile }
    guard profile.provider == ref.provider else { return .otherProvider(profileProvider: profile.provider) }
    if let order = facts.explicitOrder(for: ref.provider), !order.contains(id) { return .notInOrder(order: order) }
    if profile.health(now: facts.now) == .expired { return .expired }
    return nil
  }

  /// Pins `ref` (the default model is no pin) and applies `profile` to the profile pin (spec §4.3).
  mutating func select(_ ref: ModelRef, profile: ProfileChoice, _ facts: RoutingFacts) -> [PinEvent] {
    let isDefault = ref == facts.selection.defaultModel
    var events: [PinEvent] = [isDefault ? .modelReset(ref) : .modelSet(ref)]
    let previous = profilePin
    own.model = isDefault ? nil : ref.key
    switch profile {
    case .automatic:
      pinProfile(nil)
      events.append(.profileChosenAutomatically)
    case .user(let id):
      pinProfile(ProfilePin(id: id, source: .user))
      events.append(.profileSet(profile: id))
    case .unchanged:
      guard let previous else { break }
      let previousProvider = facts.store.provider(ofProfile: previous.id)
      if previousProvider == ref.provider {
        pinProfile(previous)
        if previous.source == .user { events.append(.profileKept(profile: previous.id)) }
      } else {
        pinProfile(nil)
        if previous.source == .user {
          events.append(
            .profileDroppedForProvider(profile: previous.id, provider: previousProvider, newProvider: ref.provider))
        }
      }
    }
    return events
  }

  /// `/model default`: drops both pins.
  mutating func reset(to defaultModel: ModelRef) -> [PinEvent] {
    var events: [PinEvent] = [.modelReset(defaultModel)]
    if let pin = profilePin, pin.source == .user { events.append(.profilePinReset(profile: pin.id)) }
    own = SessionPins()
    return events
  }
}
