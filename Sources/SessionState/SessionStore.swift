/// Where the pins of every session of an agent are kept.
///
/// Stores are classes that own their resources (a database connection, a file cache) and are
/// safe to share across tasks and processes. Every method validates the session key
/// (`SessionKey.validate`).
///
/// A turn reads one ``SessionSnapshot``, decides, and writes with
/// ``save(_:for:ifUnchangedFrom:)``: when another process changed the session in between, the
/// write is refused and the turn decides again on a new snapshot, so no acknowledged pin is lost.
public protocol SessionStore: AnyObject, Sendable {
  /// The pins of `session`, or nil when it has none.
  func pins(for session: String) throws(SessionStoreError) -> SessionPins?

  /// The pins of `session` and of its thread or topic parent, read together.
  func snapshot(of session: String) throws(SessionStoreError) -> SessionSnapshot

  /// Replaces the pins of `session` when its stored pins still hold what `expected` holds (nil:
  /// none stored); `updatedAt` is not compared. Returns false, writing nothing, when they changed.
  func save(_ pins: SessionPins, for session: String, ifUnchangedFrom expected: SessionPins?)
    throws(SessionStoreError) -> Bool

  /// Replaces the pins of `session` whatever they are; saving empty pins removes them.
  func save(_ pins: SessionPins, for session: String) throws(SessionStoreError)

  /// Removes the pins of `session`; a session without pins is left as it is.
  func removePins(for session: String) throws(SessionStoreError)

  /// Every session with pins, sorted by session key (byte order of the UTF-8 text).
  func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)]

  /// Begins a batch of changes. Until ``endBatch()``, a store that rewrites a whole file for each
  /// change (OpenClaw's `sessions.json`) keeps them in memory, holding the file's lock from the
  /// first one, so that no other process changes what the batch's turns decided on; other stores
  /// write at once, as outside a batch. Begin and end from the one task that interprets, and show
  /// no reply made in the batch before `endBatch()` returns.
  func beginBatch()

  /// Writes the changes kept since ``beginBatch()`` in one step, and lets other writers in again.
  ///
  /// - Throws: the first write of the batch that failed, this one's or an earlier
  ///   ``writeBatchSoFar()``'s: the changes of the failed write are not written; those written
  ///   before it, or since, are kept.
  func endBatch() throws(SessionStoreError)

  /// Writes the batch's changes so far and gives its lock back, the batch going on: called before
  /// a step that takes another lock first (an outcome takes `auth-profiles.json`'s, then this
  /// store's), so that every process takes the two in one order. A failure is kept for
  /// ``endBatch()`` to throw.
  func writeBatchSoFar()

  /// Whether the batch holds changes not written yet: a reply made now depends on them.
  var hasUnwrittenChanges: Bool { get }

  /// Whether a batch changes how this store writes: false where it writes every change at once.
  var writesInBatches: Bool { get }
}

extension SessionStore {
  public func beginBatch() {}

  public func endBatch() throws(SessionStoreError) {}

  public func writeBatchSoFar() {}

  public var hasUnwrittenChanges: Bool { false }

  public var writesInBatches: Bool { false }

  /// The session's pins and its parent's, read one after the other; stores that can read both
  /// at once (in one transaction or one parse) do so.
  public func snapshot(of session: String) throws(SessionStoreError) -> SessionSnapshot {
    let own = try pins(for: session)
    let parent = try SessionKey.parent(of: session).flatMap { key throws(SessionStoreError) in try pins(for: key) }
    return SessionSnapshot(own: own, parent: parent)
  }
}
