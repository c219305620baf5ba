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
  /// By a trigram, a word's first three bytes or a word of two, each tagged in the top byte.
  private let byBytes: [UInt32: [Int32]]
  /// By the digits and length of an id or alias.
  private let byDigits: [DigitsKey: [Int32]]
  private let defaultPosition: Int?

  /// What the top byte of a `byBytes` key says it is of.
  private enum Tag: UInt32 {
    case trigram = 1
    case wordStart, shortWord
  }

  private struct DigitsKey: Hashable {
    var digits: [UInt8]
    var length: Int
  }

  init(_ candidates: [FuzzyMatcher.Candidate]) {
    var byBytes: [UInt32: [Int32]] = [:]
    var byDigits: [DigitsKey: [Int32]] = [:]
    for (position, candidate) in candidates.enumerated() {
      let position = Int32(position)
      func add(_ key: UInt32) {
        byBytes[key, default: []].appendOnce(position)
      }
      for name in [candidate.key] + candidate.aliases.map(\.bytes) {
        if name.count >= 3 {
          for start in 0...(name.count - 3) { add(Self.key(.trigram, name[start..<start + 3])) }
        }
        for word in FuzzyMatcher.words(of: name) where word.count >= 2 {
          add(Self.key(word.count == 2 ? .shortWord : .wordStart, word.prefix(3)))
        }
      }
      for name in [candidate.id] + candidate.aliases {
        byDigits[DigitsKey(digits: name.digits, length: name.scalars.count), default: []].appendOnce(position)
      }
    }
    self.byBytes = byBytes
    self.byDigits = byDigits
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
      let list = byBytes[Self.key(.trigram, fragment.bytes[start..<start + 3])] ?? []
      if rarest.map({ list.count < $0.count }) ?? true { rarest = list }
    }
    found += rarest ?? []
    let length = fragment.scalars.count
    for other in max(0, length - 3)...(length + 3) {
      found += byDigits[DigitsKey(digits: fragment.digits, length: other)] ?? []
    }
    if words {
      for word in FuzzyMatcher.words(of: fragment.bytes) where word.count >= 2 {
        found += byBytes[Self.key(word.count == 2 ? .shortWord : .wordStart, word.prefix(3))] ?? []
      }
    }
    if let defaultPosition { found.append(Int32(defaultPosition)) }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for position in found where unique.last != Int(position) { unique.append(Int(position)) }
    return unique
  }

  /// Up to three bytes as one number, tagged with what they are of.
  private static func key(_ tag: Tag, _ bytes: some Collection<UInt8>) -> UInt32 {
    bytes.reduce(tag.rawValue) { $0 << 8 | UInt32($1) }
  }
}

extension [Int32] {
  /// Appends a position unless it is the last one already: positions come in ascending order.
  fileprivate mutating func appendOnce(_ position: Int32) {
    if last != position { append(position) }
  }
}
