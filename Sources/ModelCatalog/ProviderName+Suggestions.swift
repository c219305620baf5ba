import StateFolder

extension ProviderName {
  /// Up to three of `known` close to `typed` (normalized here), closest first: a name that starts
  /// with the other, then names within two edits (`opneai` → `openai`). The did-you-mean of an
  /// unknown provider, in chat and in `status` and `doctor` alike.
  public static func suggestions(for typed: String, among known: [String]) -> [String] {
    let name = normalized(typed)
    let typedScalars = Array(name.unicodeScalars)
    var seen: Set<String> = [name]
    let close = known.compactMap { provider -> (String, Int)? in
      guard seen.insert(provider).inserted else { return nil }
      if provider.hasPrefix(name) || name.hasPrefix(provider) { return (provider, 0) }
      return EditDistance.between(Array(provider.unicodeScalars), typedScalars, limit: 2).map { (provider, $0) }
    }
    return close.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
  }
}
