import StateFolder
import Synchronization

/// Auth orders kept between messages: a provider's order is computed again only when the store
/// changes (a new revision) or a moment passes at which a profile stops cooling down or its
/// token expires.
///
/// Every chat reply states its route, and a route needs its provider's order; computing it sorts
/// and filters every profile of the provider, while the order itself changes rarely.
///
/// ```swift
/// let orders = AuthOrderCache(config: config)
/// let order = orders.order(for: "anthropic", in: store, now: now)  // as store.authOrder(…)
/// ```
public final class AuthOrderCache: Sendable {
  /// The config every order is computed with.
  public let config: Config
  private let kept = Mutex<[String: Kept]>([:])
  /// How many providers' orders are kept before the cache starts again: providers come from
  /// the catalog and the config, but a typed one can be anything.
  private static let keptCount = 256

  /// An order, and for which store and moments it holds.
  private struct Kept {
    var order: AuthOrder
    var lifetime: AuthOrderLifetime
  }

  /// An empty cache for orders under `config`.
  public init(config: Config) {
    self.config = config
  }

  /// `store.authOrder(for: provider, config: config, now: now)`, computed only when it may differ
  /// from the one computed last for `provider`.
  public func order(for provider: String, in store: AuthStore, now: Int64) -> AuthOrder {
    timedOrder(for: provider, in: store, now: now).order
  }

  /// `order(for:in:now:)`, and for which store and span of time it stays the same: what a route
  /// decided on it may be kept for.
  public func timedOrder(
    for provider: String, in store: AuthStore, now: Int64
  ) -> (order: AuthOrder, lifetime: AuthOrderLifetime) {
    if let kept = kept.withLock({ $0[provider] }), kept.lifetime.holds(for: store, at: now) {
      return (kept.order, kept.lifetime)
    }
    let (order, until) = store.timedAuthOrder(for: provider, config: config, now: now)
    let lifetime = AuthOrderLifetime(revision: store.revision, from: now, until: until)
    kept.withLock { kept in
      if kept.count >= Self.keptCount { kept.removeAll() }
      kept[provider] = Kept(order: order, lifetime: lifetime)
    }
    return (order, lifetime)
  }
}
