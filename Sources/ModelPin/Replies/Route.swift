/// What a session's next chat message would use now (spec §4.4, §6 `route`).
public struct Route: Sendable, Hashable {
  /// Where the model came from.
  public enum ModelSource: String, Sendable {
    case pin, `default`
  }

  /// Which credential the message would be sent with.
  public enum Credential: Sendable, Hashable {
    /// The auth profile of `profile`.
    case profile
    /// A provider key from the environment (`env:ANTHROPIC_API_KEY`).
    case environment(variable: String)
    /// `models.providers.<p>.apiKey` of the config.
    case config
  }

  public var provider: String
  public var model: String
  /// The display alias of the model, if it has one.
  public var alias: String?
  public var modelSource: ModelSource
  public var profile: String?
  public var profileSource: PinSourceName?
  /// nil: no credential at all.
  public var credential: Credential?
  /// The profile is cooling down or disabled; `usableAt` says until when.
  public var cooling: Bool
  /// When a cooling profile becomes usable (Unix ms); nil when not cooling.
  public var usableAt: Int64?

  public init(
    provider: String, model: String, alias: String? = nil, modelSource: ModelSource,
    profile: String? = nil, profileSource: PinSourceName? = nil, credential: Credential? = nil,
    cooling: Bool = false, usableAt: Int64? = nil
  ) {
    self.provider = provider
    self.model = model
    self.alias = alias
    self.modelSource = modelSource
    self.profile = profile
    self.profileSource = profileSource
    self.credential = credential
    self.cooling = cooling
    self.usableAt = usableAt
  }

  /// `provider/model`.
  public var ref: String { "\(provider)/\(model)" }
}

/// Who chose a profile pin: the user (`@profile`) or rotation.
public enum PinSourceName: String, Sendable {
  case user, auto
}

extension Route.Credential {
  /// The `credential` field of §6: `profile`, `env:VAR` or `config`.
  public var label: String {
    switch self {
    case .profile: return "profile"
    case .environment(let variable): return "env:\(variable)"
    case .config: return "config"
    }
  }
}
