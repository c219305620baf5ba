import Synchronization

/// A store that reads through to another and keeps its own writes in memory.
///
/// `modelpin replay` without `--persist` uses it: the replay sees the real pins, and changes
/// nothing on disk.
public final class OverlaySessionStore: SessionStore {
  /// The store read for sessions this overlay has not written.
  public let base: any SessionStore
  /// Sessions written here; empty pins hide the base's pins.
  private let written = Mutex<[String: SessionPins]>([:])

  /// An overlay over `base`, with no writes yet.
  public init(base: any SessionStore) {
    self.base = base
  }

  public func pins(for session: String) throws(SessionStoreError) -> SessionPins? {
    try SessionKey.validate(session)
    if let pins = written.withLock({ $0[session] }) { return pins.isEmpty ? nil : pins }
    return try base.pins(for: session)
  }

  public func save(_ pins: SessionPins, for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    written.withLock { $0[session] = pins }
  }

  public func removePins(for session: String) throws(SessionStoreError) {
    try save(SessionPins(), for: session)
  }

  public func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)] {
    let written = self.written.withLock { $0 }
    var merged = try base.allPins().filter { written[$0.session] == nil }
    merged += written.filter { !$0.value.isEmpty }.map { (session: $0.key, pins: $0.value) }
    return merged.sorted { SessionKey.precedes($0.session, $1.session) }
  }
}
