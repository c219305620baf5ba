import AuthProfiles
import ModelCatalog
import ModelPin
import StateFolder

/// `modelpin status` (spec §7.6): the default model and its fallbacks, the aliases, and for each
/// provider that matters its effective credential and its profiles with their health.
public struct StatusReport: Sendable {
  /// A model with its aliases.
  public struct Model: Sendable, Equatable {
    public var ref: ModelRef
    public var aliases: [String]
  }

  /// A provider of the report: the default's or a fallback's, or one with any credential.
  public struct Provider: Sendable {
    public var auth: ProviderAuth
    /// The configured endpoint; nil: the provider's default.
    public var endpoint: String?
    public var api: String?
    /// The default model or fallbacks of this provider, which need its credential.
    public var neededBy: [ModelRef]
    /// When the provider has no credential and modelpin does not know it (a typo, most likely):
    /// the known providers close to its name, maybe none; nil otherwise.
    public var unknown: [String]?
  }

  public var agent: String
  public var stateFolder: String
  /// How the state folder was chosen.
  public var folderSource: StateLayout.FolderSource
  /// The config read; nil when there is none (built-in defaults).
  public var configFile: String?
  public var authFile: String
  public var defaultModel: Model
  public var fallbacks: [Model]
  /// Alias names and their models, in the order they were configured.
  public var aliases: [(name: String, ref: ModelRef)]
  public var providers: [Provider]
  /// Profiles of the auth file that modelpin skips.
  public var skipped: [AuthStoreWarning]
  public var check: StatusCheck

  /// The report of the context's state at its clock, over the credentials of `store`.
  public init(context: OperatorContext, store: AuthStore) {
    let workspace = context.workspace
    let selection = workspace.selection
    agent = workspace.layout.agent
    stateFolder = workspace.layout.folder
    folderSource = workspace.folderSource
    configFile = workspace.config.path
    authFile = workspace.authLocation
    defaultModel = Model(ref: selection.defaultModel, aliases: selection.aliases(of: selection.defaultModel))
    fallbacks = selection.fallbacks.map { Model(ref: $0, aliases: selection.aliases(of: $0)) }
    let targets = selection.models.flatMap { model in model.aliases.map { ($0, model.ref) } }
    aliases = selection.aliasNames.compactMap { name in targets.first { $0.0 == name }.map { (name, $0.1) } }
    let needed = [selection.defaultModel] + selection.fallbacks
    // Every provider with any credential, allowlisted or not: environment and .env keys, config keys.
    let known = (selection.builtInProviders + workspace.config.providers.map(\.name)).map(ProviderName.normalized)
      .sorted(by: ProviderOrder.precedes)
    var names = needed.map(\.provider) + selection.providers + ProviderAuth.providers(of: store) + known
    var seen: Set<String> = []
    names = names.filter { seen.insert($0).inserted }
    let check = StatusCheck(store: store, workspace: workspace, now: context.now)
    var unknown: [String: [String]] = [:]
    for case .unknownProvider(let provider, _, let suggestions) in check.problems { unknown[provider] = suggestions }
    providers = names.compactMap { name in
      let auth = ProviderAuth(provider: name, store: store, workspace: workspace, now: context.now)
      let neededBy = needed.filter { $0.provider == name }
      guard !neededBy.isEmpty || auth.hasCredential || !auth.profiles.isEmpty else { return nil }
      let info = selection.provider(name)
      return Provider(
        auth: auth, endpoint: info?.baseURL, api: info?.api, neededBy: neededBy, unknown: unknown[name])
    }
    skipped = store.warnings
    self.check = check
  }
}
