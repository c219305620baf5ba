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
    sortKey(first) < sortKey(second)
  }

  /// What models are sorted by, computed once per model when sorting many.
  static func sortKey(_ ref: ModelRef) -> (rank: Int, provider: String, id: String, exactID: String) {
    (rankByName[ref.provider] ?? preferred.count, ref.provider, ref.model.lowercased(), ref.model)
  }
}
