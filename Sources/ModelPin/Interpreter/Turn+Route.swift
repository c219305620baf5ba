import AuthProfiles

extension Turn {
  /// The provider's order now, from the interpreter's cache.
  func authOrder(for provider: String) -> AuthOrder {
    facts.order(for: provider)
  }

  /// Whether any credential exists for the provider: a profile in its order, an environment key or a config key.
  func hasCredential(for provider: String) -> Bool {
    !authOrder(for: provider).entries.isEmpty || facts.fallbackCredential(for: provider) != nil
  }
}
