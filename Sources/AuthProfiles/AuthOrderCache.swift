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
    var revision: UInt64
    var from: Int64
    var until: Int64?

    func holds(for store: AuthStore, at now: Int64) -> Bool {
      revision == store.revision && from <= now && now < until ?? .max
    }
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

  /// `order(for:in:now:)`, and until when it stays the same for this store (nil: for as long as
  /// the store does): what a route decided on it may be kept for.
  public func timedOrder(for provider: String, in store: AuthStore, now: Int64) -> (order: AuthOrder, until: Int64?) {
    if let kept = kept.withLock({ $0[provider] }), kept.holds(for: store, at: now) { return (kept.order, kept.until) }
    let (order, until) = store.timedAuthOrder(for: provider, config: config, now: now)
    kept.withLock { kept in
      if kept.count >= Self.keptCount { kept.removeAll() }
      kept[provider] = Kept(order: order, revision: store.revision, from: now, until: until)
    }
    return (order, until)
  }
}
