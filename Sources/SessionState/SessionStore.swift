/// Where the pins of every session of an agent are kept.
///
/// Stores are classes that own their resources (a database connection, a file cache) and are
/// safe to share across tasks. Every method validates the session key (`SessionKey.validate`).
public protocol SessionStore: AnyObject, Sendable {
  /// The pins of `session`, or nil when it has none.
  func pins(for session: String) throws(SessionStoreError) -> SessionPins?

  /// Replaces the pins of `session`; saving empty pins removes them.
  func save(_ pins: SessionPins, for session: String) throws(SessionStoreError)

  /// Removes the pins of `session`; a session without pins is left as it is.
  func removePins(for session: String) throws(SessionStoreError)

  /// Every session with pins, sorted by session key (byte order of the UTF-8 text).
  func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)]
}
