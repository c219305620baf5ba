/// What a call through a profile did, as a bridge reports it (spec §5.5). Raw values are the
/// names used on the wire and as keys of `failureCounts`.
public enum Outcome: String, Sendable, CaseIterable {
  /// The call worked.
  case ok
  /// The provider refused for rate or quota limits.
  case rateLimit = "rate_limit"
  /// The credential was refused.
  case auth
  /// The account cannot pay; the profile is disabled for hours.
  case billing
  /// The call timed out; recorded, but no cooldown.
  case timeout
  /// The provider rejected the request's format.
  case format
  /// The provider failed.
  case serverError = "server_error"
}
