/// Who set a profile pin: the user (typed `@profile`) or rotation (spec §1).
public enum PinSource: String, Sendable, Codable {
  case user
  case auto
}

/// What one session holds: a model pin, a profile pin with its source, and when they last changed.
///
/// A plain value of two strings and two small optionals, so 100,000 sessions cost no object each.
public struct SessionPins: Sendable, Equatable {
  /// The pinned model ref, `provider/model` (split at the first `/`); nil uses the default model.
  public var model: String?
  /// The pinned auth profile id, e.g. `anthropic:work`; nil when the profile is not pinned.
  public var profile: String?
  // Declared before `profileSource` so the two one-byte tags pack together (48 bytes, not 56).
  /// When the pins last changed, in Unix milliseconds, from the caller's clock; stores keep it as given.
  public var updatedAt: Int64?
  /// Who set `profile`.
  public var profileSource: PinSource?

  /// Pins with the given values; no argument means no pin.
  public init(model: String? = nil, profile: String? = nil, profileSource: PinSource? = nil, updatedAt: Int64? = nil) {
    self.model = model
    self.profile = profile
    self.profileSource = profileSource
    self.updatedAt = updatedAt
  }

  /// Whether nothing is pinned; saving empty pins removes the session's pins.
  public var isEmpty: Bool { model == nil && profile == nil }

  /// Whether `other` pins the same model and profile with the same source; nil and empty pins
  /// are the same. `updatedAt` is not compared: OpenClaw moves it on every message.
  public func pinsTheSame(as other: SessionPins?) -> Bool {
    let other = other ?? SessionPins()
    return model == other.model && profile == other.profile
      && (profile == nil || profileSource == other.profileSource)
  }
}
