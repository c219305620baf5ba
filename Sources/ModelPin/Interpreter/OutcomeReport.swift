import AuthProfiles

/// What a bridge reports a provider call did (spec §5.5, §7.2 `outcome`).
public struct OutcomeReport: Sendable, Equatable {
  public var result: Outcome
  /// The profile used; nil means the session's routed profile.
  public var profile: String?
  /// The model used, informational.
  public var model: String?
  /// The provider's error message, for known-message hints.
  public var message: String?

  public init(result: Outcome, profile: String? = nil, model: String? = nil, message: String? = nil) {
    self.result = result
    self.profile = profile
    self.model = model
    self.message = message
  }
}
