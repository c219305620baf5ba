import AuthProfiles

/// Where the secret of an auth profile comes from: the seam that secret references (spec §5.1,
/// `keyRef` and `tokenRef` resolved through config `secrets.providers`) plug into.
public protocol ProfileSecretResolver: Sendable {
  /// The secret `profile` would be sent with, or nil when it holds none that can be sent.
  func secret(of profile: AuthProfile) -> Secret?
}

/// The secrets written in auth-profiles.json itself: an API key, a token, an OAuth access token.
public struct StoredProfileSecrets: ProfileSecretResolver {
  public init() {}

  public func secret(of profile: AuthProfile) -> Secret? {
    profile.secret
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
    -> Secret?
  {
    switch route.credential {
    case .profile:
      guard let id = route.profile, let profile = try auth.current().profile(id) else { return nil }
      return secrets.secret(of: profile)
    case .environment(let variable):
      let found = EnvironmentCredential.lookup(provider: route.provider, environment: workspace.environment)
      guard let found, found.variable == variable else { return nil }
      return Secret(kind: variable.hasSuffix("_OAUTH_TOKEN") ? .token : .apiKey, value: found.value)
    case .config:
      return try workspace.configuredKey(for: route.provider, store: auth.current()).map {
        Secret(kind: .apiKey, value: $0)
      }
    case nil:
      return nil
    }
  }
}
