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
  private static let nameScalars = names.map { Array($0.unicodeScalars) }
  /// Shorter and longer words are more than `maximumDistance` from every name.
  private static let wordLengths = 4...7

  /// The hint for a line whose normalized head is `head`, if any.
  static func hint(
    head: UnsafeBufferPointer<UInt8>, isWhole: Bool, isAlias: (String) -> Bool
  ) -> ChatHint? {
    guard head.first == UInt8(ascii: "/") else { return nil }
    // The word in ASCII lowercase: after NFKC no other scalar lowercases to an ASCII letter, so
    // this is as close to the names as any case folding. One scalar too many rules it out.
    var word: [Unicode.Scalar] = []
    word.reserveCapacity(wordLengths.upperBound + 1)
    var end = 1
    while end < head.count, word.count <= wordLengths.upperBound {
      let (scalar, length) = UTF8Scalars.decode(head, at: end)
      guard ArgumentToken.isLetterOrDigit(scalar) else { break }
      word.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
      end += length
    }
    guard wordLengths.contains(word.count), end < head.count || isWhole else { return nil }
    var best: (name: String, distance: Int)?
    for (name, scalars) in zip(names, nameScalars) {
      let distance = distance(word, scalars)
      if distance < best?.distance ?? .max { best = (name, distance) }
    }
    guard let best, (1...maximumDistance).contains(best.distance) else { return nil }
    let typed = String(decoding: UnsafeBufferPointer(rebasing: head[1..<end]), as: UTF8.self)
    return isAlias(typed) ? nil : .didYouMean(typed: "/" + typed, suggestion: "/" + best.name)
  }

  /// The optimal string alignment distance: insertions, deletions, replacements and swaps of
  /// neighbours each count one.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    // The last three rows of the table: row r starts at (r % 3) * width.
    let width = b.count + 1
    var rows = [Int](repeating: 0, count: 3 * width)
    for j in 0...b.count { rows[j] = j }
    for i in 1...a.count {
      let (twoBack, previous, current) = ((i + 1) % 3 * width, (i + 2) % 3 * width, i % 3 * width)
      rows[current] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, rows[twoBack + j - 2] + 1)
        }
        rows[current + j] = value
      }
    }
    return rows[a.count % 3 * width + b.count]
  }
}
