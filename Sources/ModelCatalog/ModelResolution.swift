import StateFolder

/// What a typed model name resolves to (spec §4.2).
public enum ModelResolution: Sendable, Equatable {
  /// How a model was found, in the order the rules are tried.
  public enum Match: Sendable, Equatable {
    /// Rule 1: an alias.
    case alias
    /// Rules 2–3: a selectable `provider/model` ref, or a model id of the default provider.
    case ref
    /// Rule 4: the only selectable model with that id.
    case uniqueID
    /// Rule 5: the clear winner of the fuzzy match.
    case fuzzy
  }

  /// One model, and the rule that found it.
  case selected(ModelRef, via: Match)
  /// Several models are about as good (`ambiguous_model`): the numbered candidates, best first.
  case ambiguous([ModelRef])
  /// No model (`unknown_model`), with up to three refs or aliases to suggest, closest first.
  case unknown(suggestions: [String])
}

extension ModelSelection {
  /// The most suggestions an unknown model gets.
  static let maximumSuggestions = 3

  /// Resolves what follows `/model` (spec §4.2), trying in order:
  /// 1. an alias, when the text has no `/` (ignoring case);
  /// 2–3. the parsed ref (no `/`: the default model's provider; providers normalized, Anthropic
  ///    shorthands expanded), when it is selectable;
  /// 4. when no provider was typed, the only selectable model, of any provider, with that id
  ///    (a typed provider is never swapped for another one);
  /// 5. the fuzzy match (`FuzzyMatcher`), within the typed provider if any: never a guess, so
  ///    the candidates when several hold the text or score about as well, else a clear winner;
  /// 6. unknown, with suggestions.
  ///
  /// Aliases and exact refs are dictionary lookups; the fuzzy match scores only the models its
  /// index (`FuzzyIndex`) finds it can score above zero.
  public func resolve(_ text: String) -> ModelResolution {
    resolve(text, indexed: true)
  }

  /// `resolve(_:)`, scoring every model instead of those the index finds when not `indexed`: the
  /// tests' reference that the index never changes an answer.
  func resolve(_ text: String, indexed: Bool) -> ModelResolution {
    let trimmed = text.trimmingSpaces()
    let slash = trimmed.utf8.firstIndex(of: UInt8(ascii: "/"))
    if slash == nil, let index = lookup.byAlias[trimmed.lowercased()] {
      return .selected(models[index].ref, via: .alias)
    }
    if slash != nil, let index = lookup.byKey[String(trimmed)] { return .selected(models[index].ref, via: .ref) }
    if let (provider, model) = ModelRef.components(of: trimmed, defaultProvider: defaultModel.provider) {
      if let index = lookup.byModel[provider]?[model] { return .selected(models[index].ref, via: .ref) }
      if slash == nil, let index = lookup.byUniqueID[model] { return .selected(models[index].ref, via: .uniqueID) }
    }

    let typedProvider = slash.map { ProviderName.normalized(trimmed[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 }
    let matcher = FuzzyMatcher(fragment: slash.map { trimmed[trimmed.utf8.index(after: $0)...] } ?? trimmed)
    // Only the models that can score above zero: the others can neither win nor come close.
    let candidates = lookup.fuzzy.candidates
    let found = indexed ? lookup.fuzzy.index.candidates(for: matcher, words: false) : nil
    let scored = found ?? Array(candidates.indices)
    let scope = scored.filter { typedProvider == nil || models[$0].ref.provider == typedProvider }
    let verdict = FuzzyMatcher.verdict(
      scope.map { matcher.score(candidates[$0]) },
      holdings: scope.map { matcher.holding(candidates[$0]) },
      threshold: FuzzyMatcher.threshold(providerTyped: typedProvider != nil))
    switch verdict {
    case .winner(let position):
      return .selected(models[scope[position]].ref, via: .fuzzy)
    case .ambiguous(let positions):
      return .ambiguous(positions.map { models[scope[$0]].ref })
    case .noMatch:
      return .unknown(suggestions: suggestions(for: trimmed, aliasesAllowed: slash == nil, indexed: indexed))
    }
  }

  /// Up to three did-you-mean names for `text`, closest first (`FuzzyMatcher.closeness`), one
  /// per model: its alias when `aliasesAllowed` and `text` is within two edits of one, else its ref.
  private func suggestions(for text: Substring, aliasesAllowed: Bool, indexed: Bool) -> [String] {
    let matcher = FuzzyMatcher(fragment: text)
    let candidates = lookup.fuzzy.candidates
    let found = indexed ? lookup.fuzzy.index.candidates(for: matcher, words: true) : nil
    let close = (found ?? Array(models.indices))
      .map { (position: $0, closeness: matcher.closeness(candidates[$0])) }
      .filter { $0.closeness > 0 }
    let ranked = close.sorted { $0.closeness != $1.closeness ? $0.closeness > $1.closeness : $0.position < $1.position }
      .prefix(Self.maximumSuggestions).map(\.position)
    return ranked.map { index in
      let alias = aliasesAllowed ? matcher.nearAlias(of: candidates[index]) : nil
      return alias.map { models[index].aliases[$0] } ?? models[index].ref.key
    }
  }
}
