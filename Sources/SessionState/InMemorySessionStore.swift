import StateFolder
import Synchronization

/// Pins kept in this process only (`--sessions memory`): nothing is read or written on disk.
public final class InMemorySessionStore: SessionStore {
  private let sessions = Mutex<[ExactString: SessionPins]>([:])

  /// An empty store.
  public init() {}

  public func pins(for session: String) throws(SessionStoreError) -> SessionPins? {
    try SessionKey.validate(session)
    return sessions.withLock { $0[ExactString(session)] }
  }

  public func save(_ pins: SessionPins, for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    sessions.withLock { $0[ExactString(session)] = pins.isEmpty ? nil : pins }
  }

  public func save(_ pins: SessionPins, for session: String, ifUnchangedFrom expected: SessionPins?)
    throws(SessionStoreError) -> Bool
  {
    try SessionKey.validate(session)
    return sessions.withLock { sessions in
      guard (sessions[ExactString(session)] ?? SessionPins()).pinsTheSame(as: expected) else { return false }
      sessions[ExactString(session)] = pins.isEmpty ? nil : pins
      return true
    }
  }

  public func removePins(for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    _ = sessions.withLock { $0.removeValue(forKey: ExactString(session)) }
  }

  public func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)] {
    sessions.withLock { $0.map { (session: $0.key.text, pins: $0.value) } }
      .sorted { SessionKey.precedes($0.session, $1.session) }
  }
}
