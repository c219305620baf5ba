import StateFolder

/// How status shows one profile (spec §4.5), as data: another layer renders it in the user's
/// language, e.g. `anthropic:work=sk-ant-a…WXYZ next cooldown 4m`.
public struct ProfileLabel: Sendable, Equatable {
  /// The profile id.
  public var id: String
  /// The credential, masked.
  public var credential: Credential
  /// The flags, in the order status shows them.
  public var flags: [Flag]
  /// Why a `missing` credential is missing, when its secret reference did not resolve.
  public var unresolved: SecretFailure?

  public init(id: String, credential: Credential, flags: [Flag], unresolved: SecretFailure? = nil) {
    self.id = id
    self.credential = credential
    self.flags = flags
    self.unresolved = unresolved
  }

  /// The credential part: `<id>=<masked key>`, `<id>=token:<masked>`, `<id>=OAuth (<email>)`, `<id>=missing`.
  public enum Credential: Sendable, Equatable {
    /// An API key, masked.
    case key(masked: String)
    /// A token, masked.
    case token(masked: String)
    /// An OAuth grant, with its account's email when known.
    case oauth(email: String?)
    /// The profile holds no secret.
    case missing
  }

  /// A flag after the credential. Durations are milliseconds from now (`compactDuration`).
  public enum Flag: Sendable, Equatable {
    /// First of the order, ignoring any session's pin.
    case next
    /// The provider's `lastGood`.
    case lastGood
    /// Cooling down after failures: `cooldown 4m`.
    case cooldown(remaining: Int64)
    /// Disabled, e.g. for billing: `disabled billing 3h`.
    case disabled(reason: String?, remaining: Int64)
    /// Expires soon: `exp 3h`.
    case expiring(in: Int64)
    /// Expired.
    case expired
  }
}

extension AuthStore {
  /// The labels of a provider's profiles at `now`: those of `order` first, in its order, then
  /// the provider's other stored profiles in file order (e.g. `missing` or expired ones).
  ///
  /// An OAuth profile without an email shows the config's `auth.profiles.<id>.email`, if any.
  public func profileLabels(order: AuthOrder, config: Config, now: Int64) -> [ProfileLabel] {
    let lastGood = lastGood(for: order.provider)
    let ordered = order.entries.compactMap { profile($0.id) }
    // Sets and a dictionary, not scans: a provider may have a hundred thousand profiles.
    let inOrder = Set(order.entries.map { ExactString($0.id) })
    let others = profiles(of: order.provider).filter { !inOrder.contains(ExactString($0.id)) }
    var configuredEmails: [ExactString: String]?
    return (ordered + others).map { profile in
      var flags: [ProfileLabel.Flag] = []
      if profile.id == order.next { flags.append(.next) }
      if profile.id == lastGood { flags.append(.lastGood) }
      let usage = usage(of: profile.id)
      if let until = usage.cooldownUntil, until > now { flags.append(.cooldown(remaining: until - now)) }
      if let until = usage.disabledUntil, until > now {
        flags.append(.disabled(reason: usage.disabledReason, remaining: until - now))
      }
      switch profile.health(now: now) {
      case .expiring(let remaining): flags.append(.expiring(in: remaining))
      case .expired: flags.append(.expired)
      case .ok, .static: break
      }
      let credential = labelCredential(of: profile) { id in
        if configuredEmails == nil {
          configuredEmails = Dictionary(
            config.authProfiles.compactMap { metadata in metadata.email.map { (ExactString(metadata.id), $0) } },
            uniquingKeysWith: { first, _ in first })
        }
        return configuredEmails?[ExactString(id)]
      }
      return ProfileLabel(id: profile.id, credential: credential, flags: flags, unresolved: profile.secretFailure)
    }
  }

  /// The masked credential of a profile; `configuredEmail` gives the config's email of an id.
  private func labelCredential(of profile: AuthProfile, configuredEmail: (String) -> String?)
    -> ProfileLabel.Credential
  {
    switch profile.credential {
    case .apiKey(let key?): .key(masked: maskSecret(key))
    case .token(let token?, _): .token(masked: maskSecret(token))
    case .oauth(let access, let refresh, _, let email) where access != nil || refresh != nil:
      .oauth(email: email ?? configuredEmail(profile.id))
    case .apiKey, .token, .oauth: .missing
    }
  }
}
