/// For which auth store and span of time an order, or what was decided on it, holds: the
/// store's revision, and from a moment until a profile of the order stops cooling down or its
/// token expires (nil: for as long as the store does).
public struct AuthOrderLifetime: Sendable, Equatable {
  /// The revision of the store it was computed on (`AuthStore.revision`).
  public var revision: UInt64
  /// Unix milliseconds.
  public var from: Int64
  /// Unix milliseconds; nil for as long as the store keeps its revision.
  public var until: Int64?

  public init(revision: UInt64, from: Int64, until: Int64?) {
    self.revision = revision
    self.from = from
    self.until = until
  }

  /// Whether it holds for `store` at `now` (Unix ms).
  public func holds(for store: AuthStore, at now: Int64) -> Bool {
    revision == store.revision && from <= now && now < until ?? .max
  }
}
