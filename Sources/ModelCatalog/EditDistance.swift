/// The Levenshtein distance (insertions, deletions, substitutions), computed only as far as a
/// small limit: typo tolerance needs "1, 2 or 3 edits", not the exact distance of unrelated names.
public enum EditDistance {
  /// The distance between `first` and `second`, or nil when it is over `limit`.
  @inlinable
  public static func between<Element: Equatable>(_ first: [Element], _ second: [Element], limit: Int) -> Int? {
    guard abs(first.count - second.count) <= limit else { return nil }
    guard !first.isEmpty, !second.isEmpty else { return max(first.count, second.count) }
    var previous = Array(0...second.count)
    var current = [Int](repeating: 0, count: second.count + 1)
    for i in 1...first.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...second.count {
        let substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      guard rowMinimum <= limit else { return nil }
      swap(&previous, &current)
    }
    return previous[second.count] <= limit ? previous[second.count] : nil
  }
}
