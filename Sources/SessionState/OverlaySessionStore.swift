import StateFolder
import Synchronization

/// A store that reads through to another and keeps its own writes in memory.
///
/// `modelpin replay` without `--persist` uses it: the replay sees the real pins, and changes
/// nothing on disk. It reads each session from the base once and keeps what it found: a replay
/// works on the state as it found it, and no line asks the base about a session twice.
public final class OverlaySessionStore: SessionStore {
  /// The store read for sessions this overlay has not written or read yet.
  public let base: any SessionStore
  /// Sessions written here or already read from the base; empty pins hide the base's pins.
  private let known = Mutex<[ExactString: SessionPins]>([:])

  /// An overlay over `base`, with no writes yet.
  public init(base: any SessionStore) {
    self.base = base
  }

  public func pins(for session: String) throws(SessionStoreError) -> SessionPins? {
    // No key is validated here: `save` lets no invalid key in, and the base validates the rest.
    if let pins = known.withLock({ $0[ExactString(session)] }) { return pins.isEmpty ? nil : pins }
    let pins = try base.pins(for: session) ?? SessionPins()
    // A write made since the lookup above wins over what was read.
    let known = known.withLock { known in
      if let written = known[ExactString(session)] { return written }
      known[ExactString(session)] = pins
      return pins
    }
    return known.isEmpty ? nil : known
  }

  public func save(_ pins: SessionPins, for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    known.withLock { $0[ExactString(session)] = pins }
  }

  public func save(_ pins: SessionPins, for session: String, ifUnchangedFrom expected: SessionPins?)
    throws(SessionStoreError) -> Bool
  {
    try SessionKey.validate(session)
    let key = ExactString(session)
    // A turn reads its session before it saves, so the session is known here but for a save
    // without a read: then it is read from the base first.
    if let saved = known.withLock({ Self.saveIfKnown(pins, key, in: &$0, ifUnchangedFrom: expected) }) {
      return saved
    }
    let current = try base.pins(for: session) ?? SessionPins()
    return known.withLock { known in
      // Another task may have written since the read above; what is known now is the truth.
      if let saved = Self.saveIfKnown(pins, key, in: &known, ifUnchangedFrom: expected) { return saved }
      let saved = current.pinsTheSame(as: expected)
      known[key] = saved ? pins : current
      return saved
    }
  }

  /// Saves `pins` over the known pins of `key` when they are still `expected`; nil when the
  /// session is not known. The key is hashed once, for the comparison and the write.
  private static func saveIfKnown(
    _ pins: SessionPins, _ key: ExactString, in known: inout [ExactString: SessionPins],
    ifUnchangedFrom expected: SessionPins?
  ) -> Bool? {
    guard let index = known.index(forKey: key) else { return nil }
    guard known.values[index].pinsTheSame(as: expected) else { return false }
    known.values[index] = pins
    return true
  }

  public func removePins(for session: String) throws(SessionStoreError) {
    try save(SessionPins(), for: session)
  }

  public func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)] {
    let known = self.known.withLock { $0 }
    var merged = try base.allPins().filter { known[ExactString($0.session)] == nil }
    merged += known.filter { !$0.value.isEmpty }.map { (session: $0.key.text, pins: $0.value) }
    return merged.sorted { SessionKey.precedes($0.session, $1.session) }
  }
}
