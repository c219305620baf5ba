/// The keys of `modelpin.json` / `openclaw.json` that modelpin reads (spec §2); everything
/// else in the file is ignored and never written.
public struct Config: Sendable, Equatable {
  /// The file it was read from; nil for the embedded default (no file).
  public var path: String?
  /// `agents.defaults.model` (string or `primary`).
  public var defaultModel: String?
  /// `agents.defaults.model.fallbacks`.
  public var fallbacks: [String] = []
  /// `agents.defaults.models`: the allowlist, in file order, with aliases. Empty: no allowlist.
  public var allowlist: [AllowedModel] = []
  /// `agents.list[]`.
  public var agents: [Agent] = []
  /// `models.providers.<p>`, in file order.
  public var providers: [Provider] = []
  /// `auth.profiles.<id>`: metadata of profiles, in file order.
  public var authProfiles: [AuthProfileMetadata] = []
  /// `auth.order.<provider>`, keyed by the provider as written.
  public var authOrder: [String: [String]] = [:]
  /// `auth.cooldowns`.
  public var cooldowns = CooldownSettings()
  /// `commands.allowFrom`: who may use `/model` through a bridge; nil when unset.
  public var allowFrom: [String]?
  /// `display.language`.
  public var language: String?
  /// `modelpin.sessions`: the session store when `--sessions` and `$MODELPIN_SESSIONS` name none.
  public var sessionStore: String?
  /// `secrets.providers.<name>`: where secret references are resolved (spec §2).
  public var secretProviders: [String: SecretProvider] = [:]
  /// `secrets.defaults.<source>`: the provider a reference without one uses.
  public var secretDefaults: [SecretReference.Source: String] = [:]
  /// `modelpin.database`: the PostgreSQL server holding the shared state (spec §8).
  public var database: String?

  public init() {}

  /// An allowlisted model and its alias.
  public struct AllowedModel: Sendable, Equatable {
    public var ref: String
    public var alias: String?
    public init(ref: String, alias: String? = nil) {
      self.ref = ref
      self.alias = alias
    }
  }

  /// An entry of `agents.list[]`.
  public struct Agent: Sendable, Equatable {
    public var id: String
    public var isDefault: Bool
    public var model: String?
    public var fallbacks: [String]?
    public init(id: String, isDefault: Bool = false, model: String? = nil, fallbacks: [String]? = nil) {
      self.id = id
      self.isDefault = isDefault
      self.model = model
      self.fallbacks = fallbacks
    }
  }

  /// A configured provider: custom endpoint, API and models.
  public struct Provider: Sendable, Equatable {
    public var name: String
    public var baseURL: String?
    public var api: String?
    /// `apiKey` as plain text.
    public var apiKey: String?
    /// `apiKey` as a secret reference, or `"${env:NAME}"` (spec §5.1); it wins over plain text.
    public var apiKeyReference: SecretReference?
    public var models: [Model]
    public init(
      name: String, baseURL: String? = nil, api: String? = nil, apiKey: String? = nil,
      apiKeyReference: SecretReference? = nil, models: [Model] = []
    ) {
      self.name = name
      self.baseURL = baseURL
      self.api = api
      self.apiKey = apiKey
      self.apiKeyReference = apiKeyReference
      self.models = models
    }

    /// A model of a configured provider.
    public struct Model: Sendable, Equatable {
      public var id: String
      public var name: String?
      public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
      }
    }
  }

  /// `auth.profiles.<id>`: what the config says about a profile (no secrets).
  public struct AuthProfileMetadata: Sendable, Equatable {
    public var id: String
    public var provider: String
    /// `api_key`, `token` or `oauth`, when given.
    public var mode: String?
    public var email: String?
    public init(id: String, provider: String, mode: String? = nil, email: String? = nil) {
      self.id = id
      self.provider = provider
      self.mode = mode
      self.email = email
    }
  }

  /// `auth.cooldowns`, with OpenClaw's defaults.
  public struct CooldownSettings: Sendable, Equatable {
    public var billingBackoffHours: Double = 5
    public var billingBackoffHoursByProvider: [String: Double] = [:]
    public var billingMaxHours: Double = 24
    public var failureWindowHours: Double = 24
    public init() {}
  }

  /// The name of the provider that resolves `reference`: its own, else `secrets.defaults`, else `default`.
  public func secretProviderName(for reference: SecretReference) -> String {
    reference.provider ?? secretDefaults[reference.source] ?? "default"
  }

  /// The secret references of `models.providers.<p>.apiKey`, in file order.
  public var secretReferences: [SecretReference] {
    providers.compactMap(\.apiKeyReference)
  }

  /// The agent used when none is named: the one marked default, else the first, else `main`.
  public var defaultAgentID: String {
    agents.first(where: \.isDefault)?.id ?? agents.first?.id ?? "main"
  }
}
