import AuthProfiles

extension Interpreter {
  /// The secret the next message of a session would be sent with, for `route` as the
  /// interpreter gave it (spec §4.4): its profile's secret (a secret reference resolved when the
  /// auth state was read), else the
  /// provider's environment key (`ANTHROPIC_OAUTH_TOKEN` is a token, any other an API key), else
  /// the config's `apiKey`; nil when the route has no credential.
  ///
  /// ```swift
  /// let reply = interpreter.handle("hello", session: "telegram:dm:42", at: now)
  /// if let route = reply.route, let secret = try interpreter.secret(for: route) {
  ///   request.setValue(secret.value, forHTTPHeaderField: "x-api-key")
  /// }
  /// ```
  public func secret(for route: Route) throws -> Secret? {
    switch route.credential {
    case .profile:
      guard let id = route.profile, let profile = try auth.current().profile(id) else { return nil }
      return profile.secret
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
