import ModelCatalog
import SessionState

/// A session's pins as one turn sees them: its own, which the turn may change, and its parent's,
/// which a thread or topic without a model pin of its own inherits (spec §4.3).
struct PinState: Equatable {
  /// The session's own pins (empty when it has none).
  var own: SessionPins
  /// The parent's pins, for a thread or topic session.
  let parent: SessionPins?

  /// The model pin in force, with its aliases: the session's own, else its parent's.
  func pinnedModel(in selection: ModelSelection) -> CatalogModel? {
    if let own = own.model { return selection.selectableModel(key: own) }
    return parent?.model.flatMap(selection.selectableModel(key:))
  }

  /// The model the next message uses: the pin in force, else the default.
  func routedModel(in selection: ModelSelection) -> ModelRef {
    pinnedModel(in: selection)?.ref ?? selection.defaultModel
  }

  /// The profile pin in force: the session's own user pin; else, for a thread without a model pin
  /// of its own, its parent's user pin, whether or not the thread has an auto pin of its own;
  /// else the session's own auto pin.
  var profilePin: ProfilePin? {
    if let id = own.profile, own.profileSource != .auto { return ProfilePin(id: id, source: .user) }
    if own.model == nil, let parent, let id = parent.profile, parent.profileSource == .user {
      return ProfilePin(id: id, source: .user)
    }
    return own.profile.map { ProfilePin(id: $0, source: .auto) }
  }

  /// Sets or clears the session's own profile pin.
  mutating func pinProfile(_ pin: ProfilePin?) {
    own.profile = pin?.id
    own.profileSource = pin?.source
  }
}

/// A profile pin and who set it.
struct ProfilePin: Equatable {
  var id: String
  var source: PinSource
}
