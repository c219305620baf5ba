/// Whether a profile's credential still works as time passes (spec §5.2).
public enum Health: Sendable, Equatable {
  /// It expires, but not within `Health.expiringWindow`; or it is an OAuth grant that renews.
  case ok
  /// It expires within `Health.expiringWindow`: this many milliseconds from now.
  case expiring(in: Int64)
  /// It expired at or before now.
  case expired
  /// It has no expiry: an API key, or a token without `expires`.
  case `static`

  /// How soon an expiry counts as expiring: 24 hours, in milliseconds.
  public static let expiringWindow: Int64 = 24 * 3_600_000
}

extension AuthProfile {
  /// The health of the credential at `now` (Unix milliseconds).
  ///
  /// An `oauth` profile with a refresh token is never expired or expiring (it renews); one
  /// without a refresh token or an expiry is `static`.
  public func health(now: Int64) -> Health {
    switch credential {
    case .apiKey:
      return .static
    case .oauth(_, refresh: _?, _, _):
      return .ok
    case .token(_, let expires), .oauth(_, nil, let expires, _):
      guard let expires else { return .static }
      let remaining = expires - now
      if remaining <= 0 { return .expired }
      return remaining <= Health.expiringWindow ? .expiring(in: remaining) : .ok
    }
  }
}
