import StateFolder

/// A `provider/model` ref of the config that names a provider modelpin does not know, or a model
/// its provider does not have while the fuzzy match finds the one meant or one is within two
/// edits: most likely a typo (`opneai/gpt-5`, `anthropic/claude-sonet-4-5`). `doctor` names each
/// with did-you-mean (spec §7.6). A model newer than the built-in catalog that looks like a typo
/// is made known by listing it under `models.providers.<p>.models`.
public struct UnknownConfiguredRef: Sendable, Equatable {
  /// What the ref gets wrong.
  public enum Reason: Sendable, Equatable {
    /// The provider is neither built in, configured (`models.providers`), nor otherwise known.
    case provider(String)
    /// The provider is known and lists its models, but none with that id, and one is close.
    case model
    /// A `models.providers` entry without a `baseUrl` whose name is not built in but close to a
    /// built-in provider's: a typo of it, most likely (its `ref` is the name as written).
    case configuredProvider(String)
  }

  /// The config key that holds the ref: `agents.defaults.model`, `agents.defaults.models`, …
  public var key: String
  /// The ref as written.
  public var ref: String
  public var reason: Reason
  /// Up to three refs close to it, closest first.
  public var suggestions: [String]

  /// The `models.providers` entries that look like a built-in provider mistyped, then the unknown
  /// refs of the default models, fallbacks and allowlist of `config`, in file order, each ref once.
  /// `otherProviders` are known besides the built-in and configured ones (those of stored profiles:
  /// a provider with credentials is no typo).
  public static func all(in config: Config, catalog: BuiltInCatalog, otherProviders: [String] = [])
    -> [UnknownConfiguredRef]
  {
    var places: [(key: String, ref: String)] = []
    places += config.defaultModel.map { [("agents.defaults.model", $0)] } ?? []
    places += config.fallbacks.map { ("agents.defaults.model.fallbacks", $0) }
    places += config.allowlist.map { ("agents.defaults.models", $0.ref) }
    for agent in config.agents {
      places += agent.model.map { [("agents.list[\(agent.id)].model", $0)] } ?? []
      places += (agent.fallbacks ?? []).map { ("agents.list[\(agent.id)].model.fallbacks", $0) }
    }
    // The catalog and the configured providers' models, without the allowlist: the refs under
    // test must not make themselves selectable.
    var bare = Config()
    bare.providers = config.providers
    let selection = ModelSelection(catalog: catalog, config: bare, agent: "main")
    let known = selection.knownProviders + otherProviders
    // An entry with no endpoint of its own names a provider someone else knows the endpoint of:
    // a name close to a built-in one is a typo of it; any other may be OpenClaw's own provider.
    let entries: [UnknownConfiguredRef] = config.providers.compactMap { entry in
      let name = ProviderName.normalized(entry.name)
      guard entry.baseURL == nil, !selection.builtInProviders.contains(name) else { return nil }
      let suggestions = ProviderName.suggestions(for: name, among: selection.builtInProviders)
      guard !suggestions.isEmpty else { return nil }
      return UnknownConfiguredRef(
        key: "models.providers", ref: entry.name, reason: .configuredProvider(name), suggestions: suggestions)
    }
    var seen: Set<String> = []
    return entries
      + places.compactMap { place in
        // A bare id is an alias or takes a provider by other rules (`DefaultModelProblem`).
        guard let slash = place.ref.firstIndex(of: "/"), seen.insert(place.ref).inserted else { return nil }
        let provider = ProviderName.normalized(place.ref[..<slash])
        let model = place.ref[place.ref.index(after: slash)...]
        guard known.contains(provider) else {
          let suggestions = ProviderName.suggestions(for: provider, among: known).map { "\($0)/\(model)" }
          return UnknownConfiguredRef(
            key: place.key, ref: place.ref, reason: .provider(provider), suggestions: suggestions)
        }
        // A provider without a model list takes any model id.
        guard !selection.list(provider: provider).isEmpty else { return nil }
        let suggestions: [String]
        switch selection.resolve(place.ref) {
        case .selected(_, via: .ref): return nil
        case .selected(let ref, _): suggestions = [ref.key]
        case .ambiguous, .unknown:
          // Only what looks like a typo: an aggregator's catalog is open (`openrouter/@preset/kimi`),
          // and a model may be newer than the built-in one.
          let typed = Array(model.unicodeScalars)
          suggestions = selection.list(provider: provider).lazy
            .filter { EditDistance.between(Array($0.ref.model.unicodeScalars), typed, limit: 2) != nil }
            .prefix(ModelSelection.maximumSuggestions).map(\.ref.key)
          guard !suggestions.isEmpty else { return nil }
        }
        return UnknownConfiguredRef(key: place.key, ref: place.ref, reason: .model, suggestions: suggestions)
      }
  }
}
