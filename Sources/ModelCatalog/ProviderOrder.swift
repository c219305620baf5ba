/// The stable order of the `list` view (spec §4.5): known providers first, in a fixed order,
/// then the rest alphabetically; models by id within a provider.
public enum ProviderOrder {
  /// The providers listed first, in this order.
  public static let preferred = [
    "anthropic", "openai", "openai-codex", "minimax", "synthetic", "google", "zai", "openrouter", "opencode",
    "github-copilot", "groq", "cerebras", "mistral", "xai", "lmstudio",
  ]

  private static let rankByName = Dictionary(uniqueKeysWithValues: preferred.enumerated().map { ($1, $0) })

  /// Whether the provider `first` is listed before `second` (both normalized).
  public static func precedes(_ first: String, _ second: String) -> Bool {
    (rankByName[first] ?? preferred.count, first) < (rankByName[second] ?? preferred.count, second)
  }

  /// Whether the model `first` is listed before `second`: by provider, then by id, ignoring case.
  public static func precedes(_ first: ModelRef, _ second: ModelRef) -> Bool {
    SortKey(first) < SortKey(second)
  }

  /// What models are sorted by, made once per model when sorting many.
  struct SortKey: Comparable {
    var rank: Int
    var provider: String
    /// The id lowercased.
    var id: String
    var exactID: String

    init(_ ref: ModelRef) {
      rank = rankByName[ref.provider] ?? preferred.count
      provider = ref.provider
      // An id of ASCII without capitals, the usual case, is its own lowercased form: no copy is made.
      let plain = ref.model.utf8.withContiguousStorageIfAvailable { bytes in
        bytes.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
      }
      id = plain == true ? ref.model : ref.model.lowercased()
      exactID = ref.model
    }

    static func < (left: SortKey, right: SortKey) -> Bool {
      if left.rank != right.rank { return left.rank < right.rank }
      if left.provider != right.provider { return left.provider < right.provider }
      if left.id != right.id { return left.id < right.id }
      return left.exactID < right.exactID
    }
  }
}
