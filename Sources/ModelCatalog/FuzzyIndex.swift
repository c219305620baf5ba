/// Which models a fuzzy match can score above zero, found without scoring every model, so that
/// a mistyped name costs about the same in a catalog of 50 models as in an allowlist of 10,000.
///
/// A model's likeness (`FuzzyMatcher`) is above zero only when its key or an alias holds the
/// typed text, or its id or an alias is within three edits of it with the same digits; its
/// closeness, besides, when a word of its key or aliases shares a prefix of three letters with a
/// word typed, or equals a typed word of two. The index keeps each of these by a small key:
/// - every three bytes of every key and alias;
/// - the digits and length (in scalars) of every id and alias;
/// - the first three bytes of every word of three or more, and every word of two.
///
/// Text of fewer than three bytes finds no trigram; such a match scores every model, which a
/// catalog of any size affords for so short a text.
final class FuzzyIndex: Sendable {
  private let positions: [Key: [Int32]]
  private let count: Int
  private let defaultPosition: Int?

  /// A key of the index: what it is of, and up to three bytes.
  private struct Key: Hashable {
    enum Kind: UInt8 { case trigram, wordStart, shortWord, digits }
    var kind: Kind
    var bytes: UInt32
    var digits: [UInt8] = []
  }

  init(_ candidates: [FuzzyMatcher.Candidate]) {
    var positions: [Key: [Int32]] = [:]
    func add(_ key: Key, _ position: Int) {
      // Positions come in ascending order: a repeat is the last one added.
      if positions[key]?.last != Int32(position) { positions[key, default: []].append(Int32(position)) }
    }
    for (position, candidate) in candidates.enumerated() {
      for name in [candidate.key] + candidate.aliases.map(\.bytes) {
        if name.count >= 3 {
          for start in 0...(name.count - 3) {
            add(Key(kind: .trigram, bytes: Self.packed(name[start..<start + 3])), position)
          }
        }
        for word in FuzzyMatcher.words(of: name) where word.count >= 2 {
          let kind: Key.Kind = word.count == 2 ? .shortWord : .wordStart
          add(Key(kind: kind, bytes: Self.packed(word.prefix(3))), position)
        }
      }
      for name in [candidate.id] + candidate.aliases {
        add(Key(kind: .digits, bytes: UInt32(min(name.scalars.count, 0xFFFF)), digits: name.digits), position)
      }
    }
    self.positions = positions
    count = candidates.count
    defaultPosition = candidates.firstIndex(where: \.isDefault)
  }

  /// The positions, ascending, of every model `matcher` may score above zero (with `words`, also
  /// those it may find close for a did-you-mean), and the default model's; nil when every model
  /// must be scored.
  func candidates(for matcher: FuzzyMatcher, words: Bool) -> [Int]? {
    let fragment = matcher.fragment
    guard fragment.bytes.count >= 3 else { return nil }
    var found: [Int32] = []
    // The rarest trigram of the text: every model holding the text holds it.
    var rarest: [Int32]?
    for start in 0...(fragment.bytes.count - 3) {
      let list = positions[Key(kind: .trigram, bytes: Self.packed(fragment.bytes[start..<start + 3]))] ?? []
      if rarest.map({ list.count < $0.count }) ?? true { rarest = list }
    }
    found += rarest ?? []
    let length = fragment.scalars.count
    for other in max(0, length - 3)...(length + 3) {
      found += positions[Key(kind: .digits, bytes: UInt32(min(other, 0xFFFF)), digits: fragment.digits)] ?? []
    }
    if words {
      for word in FuzzyMatcher.words(of: fragment.bytes) where word.count >= 2 {
        let kind: Key.Kind = word.count == 2 ? .shortWord : .wordStart
        found += positions[Key(kind: kind, bytes: Self.packed(word.prefix(3)))] ?? []
      }
    }
    if let defaultPosition { found.append(Int32(defaultPosition)) }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for position in found where unique.last != Int(position) { unique.append(Int(position)) }
    return unique
  }

  /// Up to three bytes as one number.
  private static func packed(_ bytes: some Collection<UInt8>) -> UInt32 {
    bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
  }
}
