/// "Did you mean /model?" for a chat line that starts with a mistyped `/model` (spec §3.4).
///
/// The line's first word is `/` and the letters, marks and digits (of any script) after it, up
/// to anything else (`/mdoel, please` types `/mdoel`). When that word is one edit from `model` or
/// `models` in any case (one character inserted, deleted or replaced, or two neighbours swapped:
/// `/modle`, `/mdoel`, `/modl`, `/Modells`), and it is not an alias, the hint suggests the closer
/// of `/model` and `/models` (`/model` on a tie). Other slash commands (`/help`, `/start`) are
/// further away and belong to the host.
enum CommandSuggestion {
  /// The farthest a word may be from a command name and still get a hint.
  static let maximumDistance = 1
  private static let names: [String] = ["model", "models"]
  /// Longer words are more than `maximumDistance` from every name.
  private static let longestWord = 7

  /// The hint for a line whose normalized head is `head`, if any.
  static func hint(
    head: UnsafeBufferPointer<UInt8>, isWhole: Bool, isAlias: (String) -> Bool
  ) -> ChatHint? {
    guard head.first == UInt8(ascii: "/") else { return nil }
    var word = String.UnicodeScalarView()
    var index = 1
    while index < head.count {
      let (scalar, length) = UTF8Scalars.decode(head, at: index)
      guard isWordCharacter(scalar) else { break }
      guard word.count < longestWord else { return nil }
      word.append(scalar)
      index += length
    }
    let typed = String(word)
    guard index < head.count || isWhole, !typed.isEmpty, !isAlias(typed) else { return nil }
    let lowered = Array(typed.lowercased().unicodeScalars)
    let distances = names.map { distance(lowered, Array($0.unicodeScalars)) }
    guard let best = distances.indices.min(by: { distances[$0] < distances[$1] }),
      (1...maximumDistance).contains(distances[best])
    else { return nil }
    return .didYouMean(typed: "/" + typed, suggestion: "/" + names[best])
  }

  /// Letters, marks and digits: the token characters without their punctuation.
  private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    ArgumentToken.isTokenCharacter(scalar) && !"_.:@-+".unicodeScalars.contains(scalar)
  }

  /// The optimal string alignment distance: insertions, deletions, replacements and swaps of
  /// neighbours each count one.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
