import Synchronization

/// The tables a selection answers from, built once so that an alias or an exact ref resolves
/// with a dictionary lookup or two, and the fuzzy match finds its names prepared.
///
/// Tables hold positions in the selection's models and are keyed by substrings, so typed text is
/// looked up as it is, without copying.
struct ModelLookup: Sendable {
  /// By `provider/model` key, for keys that read back as themselves.
  let byKey: [Substring: Int]
  /// By normalized provider, then model id.
  let byModel: [String: [Substring: Int]]
  /// By lowercased alias.
  let byAlias: [String: Int]
  /// By model id, for ids only one provider has.
  let byUniqueID: [Substring: Int]
  /// The models as the fuzzy matcher sees them, in the same order.
  let candidates: [FuzzyMatcher.Candidate]
  /// The positions of each provider's models, which list order keeps together.
  let providerRanges: [String: Range<Int>]
  /// The models a fuzzy match can score, found without scoring them all; built on first use, as
  /// most selections never see a typo.
  let fuzzyIndex: LazyFuzzyIndex

  /// The tables of `models`, whose aliases point at `aliasTargets` (keyed by lowercased alias).
  init(models: [CatalogModel], aliasTargets: [String: ModelRef]) {
    var byKey: [Substring: Int] = [:]
    var byModel: [String: [Substring: Int]] = [:]
    var positionsByID: [Substring: [Int]] = [:]
    var providerRanges: [String: Range<Int>] = [:]
    for (position, model) in models.enumerated() {
      let ref = model.ref
      providerRanges[ref.provider] = (providerRanges[ref.provider]?.lowerBound ?? position)..<position + 1
      byModel[ref.provider, default: [:]][ref.model[...]] = position
      positionsByID[ref.model[...], default: []].append(position)
      // Typed as its key, a ref is found without reading it, unless reading would change it
      // (a configured `anthropic/opus-4.6` reads as `anthropic/claude-opus-4-6`).
      let read = ModelRef.components(of: ref.key[...], defaultProvider: ref.provider)
      if read?.provider == ref.provider, read?.model == ref.model[...] { byKey[ref.key[...]] = position }
    }
    self.byKey = byKey
    self.byModel = byModel
    byUniqueID = positionsByID.compactMapValues { $0.count == 1 ? $0[0] : nil }
    byAlias = aliasTargets.compactMapValues { byModel[$0.provider]?[$0.model[...]] }
    candidates = models.map(FuzzyMatcher.Candidate.init)
    self.providerRanges = providerRanges
    fuzzyIndex = LazyFuzzyIndex(candidates)
  }

  /// The position of `ref`, when it is one of the models.
  func position(of ref: ModelRef) -> Int? {
    byModel[ref.provider]?[ref.model[...]]
  }
}

/// A `FuzzyIndex` made the first time it is asked for.
final class LazyFuzzyIndex: Sendable {
  private let candidates: [FuzzyMatcher.Candidate]
  private let made = Mutex<FuzzyIndex?>(nil)

  init(_ candidates: [FuzzyMatcher.Candidate]) {
    self.candidates = candidates
  }

  /// The index, made now if it was not yet.
  var index: FuzzyIndex {
    made.withLock { made in
      if let made { return made }
      let index = FuzzyIndex(candidates)
      made = index
      return index
    }
  }
}
