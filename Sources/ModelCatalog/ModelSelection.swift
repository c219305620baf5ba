import StateFolder

/// The models one agent can select (spec §4.2 "Selectable" and §2), with their aliases, the
/// default model and the providers' endpoints; built once, then asked many times.
///
/// A class, though immutable: it holds a dozen tables, and every line of a chat reads it, so it is
/// shared by reference rather than copied field by field.
///
/// With an allowlist (`agents.defaults.models`), its keys are selectable and its aliases replace
/// the built-in ones; without one, the built-in catalog and the configured providers' models are.
/// The default model and the fallbacks are always selectable.
public final class ModelSelection: Sendable {
  /// The agent's default model: its own `agents.list[].model`, else `agents.defaults.model`,
  /// else, for a config of custom providers only, the first one's first model, else the built-in
  /// default. Config refs may be aliases; a bare id takes the provider of the one selectable model
  /// with that id (spec §4.2).
  public let defaultModel: ModelRef
  /// Why a bare configured default id took the built-in default provider: no selectable model has
  /// that id, or several do. `doctor` says so.
  public let defaultModelProblem: DefaultModelProblem?
  /// The default model, with its aliases.
  public let defaultCatalogModel: CatalogModel
  /// The models tried after the default: the agent's own, else `agents.defaults.model.fallbacks`.
  public let fallbacks: [ModelRef]
  /// The selectable models, in list order (`ProviderOrder`).
  public let models: [CatalogModel]
  /// The providers of the selectable models, in list order.
  public let providers: [String]
  /// The providers of the built-in catalog, selectable or not: those `status` shows when they
  /// have a credential.
  public let builtInProviders: [String]
  /// The built-in providers, then those of `models.providers`: the providers a ref may name
  /// without being a typo, selectable or not.
  public let knownProviders: [String]
  /// The aliases, as written, in the order they were configured: for `/<alias>` and completion.
  public let aliasNames: [String]

  private let providerInfos: [String: ProviderInfo]
  let lookup: ModelLookup

  /// The selection of `agent` (an id of `agents.list[]`, compared ignoring case; any other id
  /// uses `agents.defaults`).
  public init(catalog: BuiltInCatalog, config: Config, agent: String) {
    let baseProvider = catalog.defaultModel.provider
    var allowlisted: [ModelRef]?
    var aliases = catalog.aliases
    if !config.allowlist.isEmpty {
      allowlisted = config.allowlist.compactMap { ModelRef.parse($0.ref, defaultProvider: baseProvider) }
      aliases = config.allowlist.compactMap { entry in
        guard let name = entry.alias, let ref = ModelRef.parse(entry.ref, defaultProvider: baseProvider) else {
          return nil
        }
        return ModelAlias(name: name, ref: ref)
      }
    }
    var aliasTargets: [String: ModelRef] = [:]
    for alias in aliases where aliasTargets[alias.name.lowercased()] == nil {
      aliasTargets[alias.name.lowercased()] = alias.ref
    }
    var names: [ModelRef: String] = [:]
    for model in catalog.models { names[model.ref] = model.name }
    var configuredRefs: [ModelRef] = []
    for provider in config.providers {
      for model in provider.models {
        let ref = ModelRef(provider: provider.name, model: model.id)
        configuredRefs.append(ref)
        if let name = model.name { names[ref] = name }
      }
    }
    var problem: DefaultModelProblem?
    /// A configured ref: an alias, a `provider/model`, or a bare id, which takes the provider of
    /// the one selectable model with that id (allowlist first, then catalog).
    func configuredRef(_ text: String) -> ModelRef? {
      guard !text.utf8.contains(UInt8(ascii: "/")) else { return ModelRef.parse(text, defaultProvider: baseProvider) }
      if let ref = aliasTargets[text.trimmingSpaces().lowercased()] { return ref }
      guard let guess = ModelRef.parse(text, defaultProvider: baseProvider) else { return nil }
      for pool in [allowlisted ?? [], catalog.models.map(\.ref) + configuredRefs] {
        var owners: [ModelRef] = []
        for ref in pool where ref.model == guess.model && !owners.contains(ref) { owners.append(ref) }
        if owners.count == 1 { return owners[0] }
        if owners.count > 1 {
          problem = problem ?? .severalModels(id: guess.model, owners)
          return guess
        }
      }
      problem = problem ?? .noModel(id: guess.model)
      return guess
    }

    let agentEntry = config.agents.first { $0.id.lowercased() == agent.lowercased() }
    let configuredDefault = (agentEntry?.model ?? config.defaultModel).flatMap(configuredRef)
    self.defaultModelProblem = problem
    let catalogProviders = Set(catalog.models.map(\.ref.provider))
    let customOnly =
      !config.providers.isEmpty
      && !config.providers.contains { catalogProviders.contains(ProviderName.normalized($0.name)) }
    let firstCustom =
      customOnly
      ? config.providers.first?.models.first.map { ModelRef(provider: config.providers[0].name, model: $0.id) } : nil
    let defaultModel = configuredDefault ?? firstCustom ?? catalog.defaultModel
    var seenFallbacks: Set<ModelRef> = []
    let fallbacks = (agentEntry?.fallbacks ?? config.fallbacks).compactMap(configuredRef).filter {
      seenFallbacks.insert($0).inserted
    }
    self.defaultModel = defaultModel
    self.fallbacks = fallbacks

    // What the list shows of a model besides its ref, found with one hash of the ref.
    var shown: [ModelRef: (name: String?, aliases: [String])] = [:]
    for (ref, name) in names { shown[ref] = (name, []) }
    for alias in aliases { shown[alias.ref, default: (names[alias.ref], [])].aliases.append(alias.name) }
    // Sorted first, then duplicates dropped: equal refs sort next to each other, so no set of
    // every ref is hashed (start-up builds this for every allowlisted model).
    let refs = (allowlisted ?? catalog.models.map(\.ref) + configuredRefs) + [defaultModel] + fallbacks
    var models: [CatalogModel] = []
    models.reserveCapacity(refs.count)
    // Positions sorted rather than pairs of ref and key: moving a position copies no strings.
    let keys = refs.map(ProviderOrder.SortKey.init)
    for position in refs.indices.sorted(by: { keys[$0] < keys[$1] }) where models.last?.ref != refs[position] {
      let ref = refs[position]
      let known = shown.isEmpty ? nil : shown[ref]
      models.append(
        CatalogModel(ref: ref, name: known?.name, aliases: known?.aliases ?? [], isDefault: ref == defaultModel))
    }
    self.models = models
    self.builtInProviders = catalog.providers.map(\.name)
    var seenKnown: Set<String> = []
    knownProviders = (builtInProviders + config.providers.map { ProviderName.normalized($0.name) }).filter {
      seenKnown.insert($0).inserted
    }
    // A provider's models are next to each other in list order.
    var providers: [String] = []
    for model in models where providers.last != model.ref.provider { providers.append(model.ref.provider) }
    self.providers = providers
    aliasNames = aliases.filter { aliasTargets[$0.name.lowercased()] == $0.ref }.map(\.name)

    providerInfos = Self.providerInfos(catalog, config, providers)
    lookup = ModelLookup(models: models, aliasTargets: aliasTargets)
    // Always there: the default model is one of the selectable models.
    defaultCatalogModel = models[lookup.position(of: defaultModel)!]
  }

  /// The built-in providers with their configured endpoints and APIs, and any other provider of
  /// a selectable model.
  private static func providerInfos(_ catalog: BuiltInCatalog, _ config: Config, _ providers: [String])
    -> [String: ProviderInfo]
  {
    var infos: [String: ProviderInfo] = [:]
    for provider in catalog.providers { infos[provider.name] = provider }
    for provider in config.providers {
      let name = ProviderName.normalized(provider.name)
      var info = infos[name] ?? ProviderInfo(name: name)
      info.baseURL = provider.baseURL ?? info.baseURL
      info.api = provider.api ?? info.api
      infos[name] = info
    }
    for provider in providers where infos[provider] == nil { infos[provider] = ProviderInfo(name: provider) }
    return infos
  }

  /// The endpoint and API of the provider `name` (normalized here), when it is built in,
  /// configured or has a selectable model.
  public func provider(_ name: String) -> ProviderInfo? {
    providerInfos[ProviderName.normalized(name)]
  }

  /// The selectable model a stored pin names by its key (`provider/model`, as `ModelRef.key`
  /// writes it), with its aliases: found in the key table instead of parsed again, else read as a
  /// ref; nil when the key names no selectable model.
  public func selectableModel(key: String) -> CatalogModel? {
    if let position = lookup.byKey[key] { return models[position] }
    let ref = ModelRef.parse(key, defaultProvider: defaultModel.provider)
    return ref.flatMap(lookup.position(of:)).map { models[$0] }
  }

  /// Whether `ref` can be selected.
  public func isSelectable(_ ref: ModelRef) -> Bool {
    lookup.position(of: ref) != nil
  }

  /// The aliases of `ref`, as written; empty when it has none or is not selectable.
  public func aliases(of ref: ModelRef) -> [String] {
    lookup.position(of: ref).map { models[$0].aliases } ?? []
  }

  /// The `list` view's items (spec §4.5): the selectable models in list order, only those of
  /// `provider` (normalized here) when one is given; empty for a provider with none.
  ///
  /// A slice of `models`, found in a table: a provider's models are next to each other in list
  /// order, so a page costs the page, not the catalog.
  public func list(provider: String?) -> ArraySlice<CatalogModel> {
    guard let provider else { return models[...] }
    return lookup.providerRanges[ProviderName.normalized(provider)].map { models[$0] } ?? []
  }
}

/// Why a bare configured default (`primary: "gpt-5.2"`) could not take a provider (spec §4.2).
public enum DefaultModelProblem: Sendable, Equatable {
  /// No selectable model has the id.
  case noModel(id: String)
  /// Several selectable models have it, of these refs.
  case severalModels(id: String, [ModelRef])
}
