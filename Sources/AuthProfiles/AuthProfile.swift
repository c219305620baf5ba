import StateFolder

/// One credential of `auth-profiles.json` (spec §5.1): an API key, a static token or an OAuth grant.
public struct AuthProfile: Sendable, Equatable {
  /// The id, `provider:name` (`anthropic:work`, `google:me@example.com`); the name may hold `:` and `@`.
  public var id: String
  /// The provider, normalized (`ProviderName.normalized`).
  public var provider: String
  /// The secret and what is known about it; a resolved reference's value stands in for the plain text.
  public var credential: Credential
  /// `keyRef` / `tokenRef`, when the secret is kept elsewhere (spec §5.1).
  public var reference: SecretReference?
  /// Why the reference did not resolve; the profile then holds no secret (`missing`).
  public var secretFailure: SecretFailure?

  /// A profile of `provider`, which is normalized.
  public init(
    id: String, provider: String, credential: Credential, reference: SecretReference? = nil,
    secretFailure: SecretFailure? = nil
  ) {
    self.id = id
    self.provider = ProviderName.normalized(provider)
    self.credential = credential
    self.reference = reference
    self.secretFailure = secretFailure
  }

  /// The secret of a profile. A blank secret in the file reads as nil; times are Unix milliseconds.
  public enum Credential: Sendable, Equatable {
    /// `api_key`: a key that never expires.
    case apiKey(key: String?)
    /// `token`: a static bearer token, optionally with an expiry.
    case token(token: String?, expires: Int64?)
    /// `oauth`: an access token that a refresh token renews.
    case oauth(access: String?, refresh: String?, expires: Int64?, email: String?)
  }

  /// The type of a profile, named as in the file.
  public enum Kind: String, Sendable, CaseIterable {
    case apiKey = "api_key"
    case token
    case oauth
  }

  /// The type of the profile.
  public var kind: Kind {
    switch credential {
    case .apiKey: .apiKey
    case .token: .token
    case .oauth: .oauth
    }
  }

  /// When the token or the OAuth access token expires; nil when it never does.
  public var expires: Int64? {
    switch credential {
    case .apiKey: nil
    case .token(_, let expires), .oauth(_, _, let expires, _): expires
    }
  }

  /// Whether the profile holds a secret at all: a key, a token, or an access or refresh token.
  public var hasSecret: Bool {
    switch credential {
    case .apiKey(let key): key != nil
    case .token(let token, _): token != nil
    case .oauth(let access, let refresh, _, _): access != nil || refresh != nil
    }
  }

  /// Whether the profile can be tried at `now` (§5.3 rule 2): it holds a secret, and a token has not expired.
  public func hasCredential(now: Int64) -> Bool {
    Self.hasCredential(kind: kind, hasSecret: hasSecret, expires: expires, now: now)
  }

  /// The rule of `hasCredential(now:)`, for what an order keeps of a profile.
  static func hasCredential(kind: Kind, hasSecret: Bool, expires: Int64?, now: Int64) -> Bool {
    hasSecret && !(kind == .token && expires.map { now >= $0 } ?? false)
  }
}

extension AuthProfile {
  /// What reading one member of `profiles` gave.
  enum Reading {
    case profile(AuthProfile)
    case skipped(AuthStoreWarning.Problem)
  }

  /// Reads the member `id` of `profiles`; unknown types and missing providers are skipped. A
  /// `keyRef` / `tokenRef` takes its value from `secrets`, and wins over plain text beside it.
  static func read(id: String, from value: JSONValue, secrets: [SecretReference: SecretResolution]) -> Reading {
    guard let object = value.objectValue else { return .skipped(.notAnObject) }
    let type = object["type"]?.stringValue
    guard let kind = type.flatMap(Kind.init(rawValue:)) else { return .skipped(.unknownType(type)) }
    guard let provider = nonBlank(object["provider"]) else { return .skipped(.missingProvider) }
    var reference: SecretReference?
    var failure: SecretFailure?
    /// The plain text of `key`, unless `referenceKey` names a reference.
    func secret(_ key: String, referenceKey: String) -> String? {
      guard let written = object[referenceKey], written != .null else { return nonBlank(object[key]) }
      guard let parsed = SecretReference(json: written) else {
        failure = .invalidReference
        return nil
      }
      reference = parsed
      switch secrets[parsed] {
      case .value(let value): return value
      case .failure(let reason): failure = reason
      case nil: failure = .notResolved
      }
      return nil
    }
    let credential: Credential =
      switch kind {
      case .apiKey: .apiKey(key: secret("key", referenceKey: "keyRef"))
      case .token: .token(token: secret("token", referenceKey: "tokenRef"), expires: time(object["expires"]))
      case .oauth:
        .oauth(
          access: nonBlank(object["access"]), refresh: nonBlank(object["refresh"]), expires: time(object["expires"]),
          email: nonBlank(object["email"]))
      }
    return .profile(
      AuthProfile(id: id, provider: provider, credential: credential, reference: reference, secretFailure: failure))
  }

  /// A string that is not blank.
  private static func nonBlank(_ value: JSONValue?) -> String? {
    guard let text = value?.stringValue, text.contains(where: { !$0.isWhitespace }) else { return nil }
    return text
  }

  /// A time in milliseconds; zero and negative numbers mean none, as OpenClaw reads them.
  private static func time(_ value: JSONValue?) -> Int64? {
    guard let milliseconds = value?.int64Value, milliseconds > 0 else { return nil }
    return milliseconds
  }
}
