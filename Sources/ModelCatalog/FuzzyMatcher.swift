import StateFolder

/// Scores selectable models against typed text and decides whether one is a clear winner
/// (spec §4.2 step 5), after OpenClaw's matcher (spec Appendix A).
///
/// Text is compared lowercased. A score is the sum of these bullets, each the best that applies:
/// - the `provider/model` key: equal to the fragment 220, starts with it 140, contains it 110;
/// - the provider: 180 / 120 / 90; the model id: 160 / 110 / 80;
/// - typos: the fewest edits d ≤ 3 from the fragment to the model id or one of its aliases add
///   (3 − d) × 70 (Appendix A looks at the id only; §4.2 asks for aliases too). Only names with
///   the same digits count: numbers name versions, so `gpt-5.1` is not a typo of `gpt-5.2`;
/// - each alias: 140 / 90 / 60;
/// - variant words (`mini`, `nano`, `lite`, ...), as whole words of the id, so `gemini` holds none:
///   when the fragment names none, −30 for each in the id; when it names some, +40 for each also
///   in the id, −20 if none is;
/// - +20 for the default model.
///
/// Never guess (§4.2): two rules decide, in this order.
/// 1. **Held by several.** When two or more candidates hold the fragment (their key, id or an
///    alias starts with it or contains it) and it is not the whole key, id or alias of any of
///    them, the match is ambiguous whatever the scores say: `kimi`, `gpt-4`, `flash`, `claude`.
///    The candidates offered are those that hold it where a word starts (`mini` in `gpt-5-mini`
///    and `minimax-m2`, not in `gemini`), or, when none does, those that hold it anywhere.
/// 2. **Clear winner.** Otherwise the best score wins when it reaches the threshold (90 with a
///    provider typed, 120 without) and no runner-up is about as good. **About as good** means
///    scoring less than `ambiguityMargin` (30) points below the best: 30 is the least that one
///    real signal is worth (one grade better on the key, the id or an alias, one variant word
///    fewer), so a difference of 20, the bonus of the default model alone, never picks a model,
///    and a difference of 30 or more does. This is where typos are decided (`sonet`, `gpt5`).
struct FuzzyMatcher {
  /// A runner-up this close to the best score (strictly less than this many points below) makes
  /// the match ambiguous.
  static let ambiguityMargin = 30
  /// At most this many candidates are offered when a match is ambiguous.
  static let maximumCandidates = 10
  /// Words that name a variant of a model rather than the model.
  static let variantWords = ["mini", "nano", "lite", "fast", "turbo", "preview", "beta", "small", "lightning"].map {
    Array($0.utf8)
  }

  /// The least score a winner needs.
  static func threshold(providerTyped: Bool) -> Int { providerTyped ? 90 : 120 }

  /// A name as the matcher compares it, prepared once: lowercased UTF-8, its Unicode scalars
  /// (edits count scalars), its digits and the variant words it holds.
  struct Name: Sendable {
    let bytes: [UInt8]
    let scalars: [Unicode.Scalar]
    let digits: [UInt8]
    /// Bit i is set when the name holds `variantWords[i]` as a whole word.
    let variants: UInt16

    init(_ text: some StringProtocol) {
      let lowered = text.lowercased()
      bytes = Array(lowered.utf8)
      scalars = Array(lowered.unicodeScalars)
      digits = bytes.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      var variants: UInt16 = 0
      for (bit, word) in FuzzyMatcher.variantWords.enumerated() where FuzzyMatcher.holds(bytes, word: word) {
        variants |= 1 << bit
      }
      self.variants = variants
    }
  }

  /// A selectable model as the matcher sees it, prepared once when the selection is built.
  struct Candidate: Sendable {
    let key: [UInt8]
    let provider: [UInt8]
    let id: Name
    let aliases: [Name]
    let isDefault: Bool

    init(_ model: CatalogModel) {
      key = Array(model.ref.key.lowercased().utf8)
      provider = Array(model.ref.provider.utf8)
      id = Name(model.ref.model)
      aliases = model.aliases.map(Name.init)
      isDefault = model.isDefault
    }
  }

  /// What the scores decide, as positions in the candidate list.
  enum Verdict: Equatable {
    case winner(Int)
    case ambiguous([Int])
    case noMatch
  }

  /// Where a candidate holds the fragment, at best.
  enum Holding: Int, Comparable {
    /// Nowhere.
    case none
    /// Inside a word of its key, id or an alias only.
    case insideWord
    /// Where a word of its key, id or an alias starts.
    case atWordStart
    /// As its whole key, id or alias.
    case whole

    static func < (left: Holding, right: Holding) -> Bool { left.rawValue < right.rawValue }
  }

  /// The text typed, prepared.
  let fragment: Name
  private let fragmentWords: [ArraySlice<UInt8>]

  /// A matcher for the typed `fragment` (trimmed and lowercased here).
  init(fragment: some StringProtocol) {
    self.fragment = Name(fragment.trimmingSpaces())
    var seen: Set<ArraySlice<UInt8>> = []
    fragmentWords = Self.words(of: self.fragment.bytes).filter { seen.insert($0).inserted }
  }

  /// The score of `candidate` (see the type's documentation).
  func score(_ candidate: Candidate) -> Int {
    likeness(candidate) + (candidate.isDefault ? 20 : 0)
  }

  /// How close `candidate` is for a did-you-mean: its score without the default's bonus when
  /// positive, plus, for each word of the fragment that is a word of its key or aliases (or a
  /// prefix of one, or one is a prefix of it, of three letters or more), 60, or 10 for a word of
  /// one character such as a version digit. 0, not worth suggesting, when neither the score nor
  /// a longer word says anything.
  func closeness(_ candidate: Candidate) -> Int {
    let words = ([candidate.key] + candidate.aliases.map(\.bytes)).flatMap(Self.words)
    let shared = fragmentWords.filter { word in
      words.contains { other in
        word == other
          || (min(word.count, other.count) >= 3 && (word.starts(with: other) || other.starts(with: word)))
      }
    }
    let longWords = shared.count { $0.count >= 2 }
    let likeness = max(likeness(candidate), 0)
    guard likeness > 0 || longWords > 0 else { return 0 }
    return likeness + 60 * longWords + 10 * (shared.count - longWords)
  }

  /// Where `candidate` holds the fragment, at best: in its key, its id or one of its aliases.
  func holding(_ candidate: Candidate) -> Holding {
    guard !fragment.bytes.isEmpty else { return .none }
    return ([candidate.key, candidate.id.bytes] + candidate.aliases.map(\.bytes)).reduce(.none) { best, name in
      Swift.max(best, holding(in: name))
    }
  }

  /// The position of the first alias of `candidate` within two edits of the fragment: the alias
  /// a did-you-mean should show.
  func nearAlias(of candidate: Candidate) -> Int? {
    candidate.aliases.firstIndex { EditDistance.between(fragment.scalars, $0.scalars, limit: 2) != nil }
  }

  /// Decides on `scores` and `holdings`, one of each per candidate in list order, by the two rules
  /// of the type's documentation; candidates are ranked by score, ties in list order.
  static func verdict(_ scores: [Int], holdings: [Holding], threshold: Int) -> Verdict {
    let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    if !holdings.contains(.whole) {
      let atWordStart = ranked.filter { holdings[$0] == .atWordStart }
      let holders = atWordStart.isEmpty ? ranked.filter { holdings[$0] == .insideWord } : atWordStart
      if holders.count >= 2 { return .ambiguous(Array(holders.prefix(maximumCandidates))) }
    }
    guard let best = ranked.first, scores[best] >= threshold else { return .noMatch }
    let contenders = ranked.prefix { scores[best] - scores[$0] < ambiguityMargin }
    return contenders.count == 1 ? .winner(best) : .ambiguous(Array(contenders.prefix(maximumCandidates)))
  }

  /// Where the lowercased UTF-8 `name` holds the fragment, at best.
  private func holding(in name: [UInt8]) -> Holding {
    let needle = fragment.bytes
    if name == needle { return .whole }
    guard needle.count < name.count else { return .none }
    var found = Holding.none
    for start in 0...(name.count - needle.count) where name[start...].starts(with: needle) {
      if start == 0 || !Self.isWordByte(name[start - 1]) || !Self.isWordByte(needle[0]) { return .atWordStart }
      found = .insideWord
    }
    return found
  }

  /// The score without the default model's bonus: what the text itself says; 0 for no text.
  private func likeness(_ candidate: Candidate) -> Int {
    guard !fragment.bytes.isEmpty else { return 0 }
    var total = graded(candidate.key, exact: 220, prefix: 140, contains: 110)
    total += graded(candidate.provider, exact: 180, prefix: 120, contains: 90)
    total += graded(candidate.id.bytes, exact: 160, prefix: 110, contains: 80)
    let distances = ([candidate.id] + candidate.aliases).compactMap { name in
      name.digits == fragment.digits ? EditDistance.between(fragment.scalars, name.scalars, limit: 3) : nil
    }
    if let distance = distances.min() { total += (3 - distance) * 70 }
    for alias in candidate.aliases { total += graded(alias.bytes, exact: 140, prefix: 90, contains: 60) }
    if fragment.variants == 0 {
      total -= 30 * candidate.id.variants.nonzeroBitCount
    } else {
      let shared = (fragment.variants & candidate.id.variants).nonzeroBitCount
      total += shared == 0 ? -20 : 40 * shared
    }
    return total
  }

  private func graded(_ value: [UInt8], exact: Int, prefix: Int, contains: Int) -> Int {
    let needle = fragment.bytes
    if value == needle { return exact }
    if value.starts(with: needle) { return prefix }
    guard needle.count < value.count else { return 0 }
    for start in 1...(value.count - needle.count) where value[start...].starts(with: needle) {
      return contains
    }
    return 0
  }

  /// The words of a lowercased UTF-8 name: its runs of letters and digits.
  static func words(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split { !isWordByte($0) }
  }

  /// Whether the lowercased UTF-8 name `bytes` holds `word` as a whole word.
  private static func holds(_ bytes: [UInt8], word: [UInt8]) -> Bool {
    guard word.count <= bytes.count else { return false }
    return (0...(bytes.count - word.count)).contains { start in
      let end = start + word.count
      return (start == 0 || !isWordByte(bytes[start - 1])) && (end == bytes.count || !isWordByte(bytes[end]))
        && bytes[start..<end].elementsEqual(word)
    }
  }

  /// Letters and digits; any byte of a non-ASCII character counts as a letter.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
