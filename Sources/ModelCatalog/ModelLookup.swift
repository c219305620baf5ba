import StateFolder
import Synchronization

/// The tables a selection answers from, built once so that an alias or an exact ref resolves
/// with a dictionary lookup or two, and the fuzzy match finds its names prepared.
///
/// Tables hold positions in the selection's models. `byKey` is keyed by `String`, as a session's
/// stored pin is looked up in it on every line; the others by substrings, so typed text is looked
/// up as it is, without copying.
struct ModelLookup: Sendable {
  /// By `provider/model` key, for keys that read back as themselves.
  let byKey: [String: Int]
  /// By normalized provider, then model id.
  let byModel: [String: [Substring: Int]]
  /// By lowercased alias.
  let byAlias: [String: Int]
  /// By model id, for ids only one provider has.
  let byUniqueID: [Substring: Int]
  /// The positions of each provider's models, which list order keeps together.
  let providerRanges: [String: Range<Int>]
  /// The models as the fuzzy matcher sees them, and the index of those it can score; built on
  /// first use, as most selections never see a typo, and at start-up they cost ~10 µs a model.
  let fuzzy: LazyFuzzyTables

  /// The tables of `models`, in list order, whose aliases point at `aliasTargets` (keyed by
  /// lowercased alias).
  ///
  /// Start-up builds them for every allowlisted model, so each model costs a few hashes: a
  /// provider's models are next to each other, and what depends on the provider alone is worked
  /// out once for its run.
  init(models: [CatalogModel], aliasTargets: [String: ModelRef]) {
    var byKey: [String: Int] = [:]
    byKey.reserveCapacity(models.count)
    var byModel: [String: [Substring: Int]] = [:]
    var byUniqueID: [Substring: Int] = [:]
    byUniqueID.reserveCapacity(models.count)
    // Ids several providers have, taken out of `byUniqueID` at the end.
    var shared: [Substring] = []
    var providerRanges: [String: Range<Int>] = [:]
    var start = 0
    while start < models.count {
      let provider = models[start].ref.provider
      // A key of this provider reads back as itself when its model id does not start or end
      // with a space and is no Anthropic shorthand; any other key is read as `parse` would.
      let plainProvider =
        !provider.isEmpty && provider != "anthropic" && !provider.utf8.contains(UInt8(ascii: "/"))
        && ProviderName.normalized(provider) == provider
      var runEnd = start
      while runEnd < models.count, models[runEnd].ref.provider == provider { runEnd += 1 }
      var ids: [Substring: Int] = [:]
      ids.reserveCapacity(runEnd - start)
      var end = start
      while end < runEnd {
        let ref = models[end].ref
        let id = ref.model[...]
        ids[id] = end
        if byUniqueID.updateValue(end, forKey: id) != nil { shared.append(id) }
        let key = ref.key
        if plainProvider && Self.hasVisibleEnds(id) {
          byKey[key] = end
        } else if let read = ModelRef.components(of: key[...], defaultProvider: provider),
          read.provider == provider, read.model == id
        {
          byKey[key] = end
        }
        end += 1
      }
      byModel[provider] = ids
      providerRanges[provider] = start..<end
      start = end
    }
    self.byKey = byKey
    self.byModel = byModel
    for id in shared { byUniqueID[id] = nil }
    self.byUniqueID = byUniqueID
    byAlias = aliasTargets.compactMapValues { byModel[$0.provider]?[$0.model[...]] }
    self.providerRanges = providerRanges
    fuzzy = LazyFuzzyTables(models)
  }

  /// Whether `text` starts and ends with visible ASCII: nothing that trimming would remove.
  private static func hasVisibleEnds(_ text: Substring) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    return (0x21..<0x7F).contains(first) && (0x21..<0x7F).contains(last)
  }

  /// The position of `ref`, when it is one of the models.
  func position(of ref: ModelRef) -> Int? {
    byModel[ref.provider]?[ref.model[...]]
  }
}

/// The fuzzy matcher's candidates and their `FuzzyIndex`, each made the first time it is asked for.
final class LazyFuzzyTables: Sendable {
  private let models: [CatalogModel]
  private let madeCandidates = Mutex<[FuzzyMatcher.Candidate]?>(nil)
  private let madeIndex = Mutex<FuzzyIndex?>(nil)

  init(_ models: [CatalogModel]) {
    self.models = models
  }

  /// The models as the fuzzy matcher sees them, in list order; made now if they were not yet.
  var candidates: [FuzzyMatcher.Candidate] {
    madeCandidates.withLock { made in
      if let made { return made }
      let candidates = models.map(FuzzyMatcher.Candidate.init)
      made = candidates
      return candidates
    }
  }

  /// The index of `candidates`, made now if it was not yet.
  var index: FuzzyIndex {
    if let made = madeIndex.withLock({ $0 }) { return made }
    // Made outside the lock of the index: `candidates` takes a lock of its own.
    let candidates = candidates
    return madeIndex.withLock { made in
      if let made { return made }
      let index = FuzzyIndex(candidates)
      made = index
      return index
    }
  }
}
