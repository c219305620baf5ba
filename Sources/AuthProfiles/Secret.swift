/// A credential itself, for the caller that makes the provider call (spec §4.4): the one place
/// the library hands out a whole secret. Printing it shows only the masked form.
public struct Secret: Sendable, Equatable, CustomStringConvertible {
  /// `api_key`, `token` or `oauth`, as the reply's `secret.type` names it.
  public var kind: AuthProfile.Kind
  /// The key, the token, or the OAuth access token.
  public var value: String
  /// When it expires (Unix ms); nil when it never does.
  public var expires: Int64?

  public init(kind: AuthProfile.Kind, value: String, expires: Int64? = nil) {
    self.kind = kind
    self.value = value
    self.expires = expires
  }

  /// `api_key sk-ant-a…WXYZ`: never the whole value, should a secret reach a log.
  public var description: String { "\(kind.rawValue) \(maskSecret(value))" }
}

extension AuthStore {
  /// The secret of a stored profile, its references resolved: the key, the token or the OAuth
  /// access token, with its type and expiry.
  ///
  /// Nil when no usable profile has this id, or it holds no secret now (a reference that did not
  /// resolve, an OAuth grant with only a refresh token). An expired token is returned as it is;
  /// `expires` tells.
  ///
  /// ```swift
  /// if let secret = try auth.current().secret(ofProfile: route.profile!) { call(bearer: secret.value) }
  /// ```
  public func secret(ofProfile id: String) -> Secret? {
    profile(id)?.secret
  }
}

extension AuthProfile {
  /// The secret this profile would be sent with: its key, its token or its OAuth access token;
  /// nil when it holds none that can be sent.
  public var secret: Secret? {
    switch credential {
    case .apiKey(let key?): return Secret(kind: .apiKey, value: key)
    case .token(let token?, let expires): return Secret(kind: .token, value: token, expires: expires)
    case .oauth(let access?, _, let expires, _): return Secret(kind: .oauth, value: access, expires: expires)
    case .apiKey, .token, .oauth: return nil
    }
  }
}
