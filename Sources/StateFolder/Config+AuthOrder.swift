extension Config {
  /// The `auth.order` list of a provider (normalized): the entry under that very key, else the
  /// first in key order whose key names the same provider (`Anthropic`, `z.ai`); nil when there
  /// is none or it is empty, as OpenClaw reads an empty list.
  public func authOrder(of provider: String) -> [String]? {
    guard !authOrder.isEmpty else { return nil }
    let ids =
      authOrder[provider]
      ?? authOrder.lazy.filter { ProviderName.normalized($0.key) == provider }.min { $0.key < $1.key }?.value
    return ids?.isEmpty == false ? ids : nil
  }
}
