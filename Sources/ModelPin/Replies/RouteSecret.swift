import AuthProfiles

/// The secret a route's credential holds, for the caller that makes the provider call (spec §4.4,
/// §6 `route.secret`). Only `serve --stdio --credentials` and `Interpreter.secret(for:at:)` ever
/// hand it out: no text, log or other command shows it.
public struct RouteSecret: Sendable, Equatable {
  /// How the secret is used, named as in auth-profiles.json.
  public enum Kind: String, Sendable {
    case apiKey = "api_key"
    case token
    case oauth
  }

  public var kind: Kind
  /// The key, the token, or for OAuth the access token.
  public var value: String
  /// When it expires (Unix ms); nil when it does not.
  public var expires: Int64?

  public init(kind: Kind, value: String, expires: Int64? = nil) {
    self.kind = kind
    self.value = value
    self.expires = expires
  }
}

/// Where the secret of an auth profile comes from: the seam that secret references (spec §5.1,
/// `keyRef` and `tokenRef` resolved through config `secrets.providers`) plug into.
public protocol ProfileSecretResolver: Sendable {
  /// The secret `profile` would be sent with, or nil when it holds none that can be sent.
  func secret(of profile: AuthProfile) -> RouteSecret?
}

/// The secrets written in auth-profiles.json itself: an API key, a token, an OAuth access token.
public struct StoredProfileSecrets: ProfileSecretResolver {
  public init() {}

  public func secret(of profile: AuthProfile) -> RouteSecret? {
    switch profile.credential {
    case .apiKey(let key):
      return key.map { RouteSecret(kind: .apiKey, value: $0) }
    case .token(let token, let expires):
      return token.map { RouteSecret(kind: .token, value: $0, expires: expires) }
    case .oauth(let access, _, let expires, _):
      return access.map { RouteSecret(kind: .oauth, value: $0, expires: expires) }
    }
  }
}

extension Interpreter {
  /// The secret the next message of a session would be sent with, for `route` as the
  /// interpreter gave it (spec §4.4): its profile's secret (through `secrets`), else the
  /// provider's environment key (`ANTHROPIC_OAUTH_TOKEN` is a token, any other an API key), else
  /// the config's `apiKey`; nil when the route has no credential.
  ///
  /// ```swift
  /// let reply = interpreter.handle("hello", session: "telegram:dm:42", at: now)
  /// if let route = reply.route, let secret = try interpreter.secret(for: route) {
  ///   request.setValue(secret.value, forHTTPHeaderField: "x-api-key")
  /// }
  /// ```
  public func secret(for route: Route, using secrets: any ProfileSecretResolver = StoredProfileSecrets()) throws
    -> RouteSecret?
  {
    switch route.credential {
    case .profile:
      guard let id = route.profile, let profile = try auth.current().profile(id) else { return nil }
      return secrets.secret(of: profile)
    case .environment(let variable):
      let found = EnvironmentCredential.lookup(provider: route.provider, environment: workspace.environment)
      guard let found, found.variable == variable else { return nil }
      return RouteSecret(kind: variable.hasSuffix("_OAUTH_TOKEN") ? .token : .apiKey, value: found.value)
    case .config:
      return try workspace.configuredKey(for: route.provider, store: auth.current()).map {
        RouteSecret(kind: .apiKey, value: $0)
      }
    case nil:
      return nil
    }
  }
}
