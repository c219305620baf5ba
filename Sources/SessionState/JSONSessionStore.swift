import Foundation
import StateFolder
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// OpenClaw's `sessions.json` (`--sessions json`): an object of session key → `SessionEntry`.
///
/// Keys are stored in OpenClaw's form, `agent:<agent>:<key>` (`main` is `agent:main:main`); an
/// entry written under either spelling is found, and lists show the key as the user types it.
///
/// Only the pin fields of an entry are read and written; every other field, every other
/// session, key order and number text stay as they were. Saves re-read the file under
/// OpenClaw's lock and replace it atomically; a file that does not parse is never overwritten.
/// The parsed file is kept while the file on disk is unchanged, so reads cost a `stat`.
///
/// Each write rewrites the whole file, so a batch (``beginBatch()``) keeps its changes and
/// writes them once at its end (or when ``writeBatchSoFar()`` asks), holding the lock from its
/// first change to that write: other writers wait for the batch instead of changing what its
/// turns read.
public final class JSONSessionStore: SessionStore {
  /// The `sessions.json` file.
  public let path: String
  /// The agent whose sessions these are, for OpenClaw's form of the keys.
  public let agent: String
  private let cache = Mutex<ParsedFile?>(nil)
  /// The batch begun by `beginBatch()`; nil outside one.
  private let batch = Mutex<Batch?>(nil)

  private struct Batch {
    /// The file's lock, held from the batch's first change to its end.
    var lock: FileLock.Held?
    /// The sessions as the file held them when the lock was taken, with the batch's changes.
    var sessions = JSONObject()
    /// Whether `sessions` differs from the file.
    var changed = false
    /// Why changes of this batch written before its end (`writeBatchSoFar()`) were not.
    var failure: SessionStoreError?
  }

  /// A store for the file at `path` of `agent`; nothing is read until the first call.
  public init(path: String, agent: String = "main") {
    self.path = path
    self.agent = agent
  }

  /// The spellings of a session's key, OpenClaw's first: `main` and `agent:main:main` both give
  /// `["agent:main:main", "main"]`; a key of another agent is only itself.
  func spellings(of session: String) -> [String] {
    let prefix = "agent:\(agent):"
    if session.hasPrefix(prefix) { return [session, String(session.dropFirst(prefix.count))] }
    if session.hasPrefix("agent:") { return [session] }
    return [prefix + session, session]
  }

  /// The key the file holds the session under, else the one a new entry gets (OpenClaw's form).
  private func key(of session: String, in sessions: JSONObject?) -> String {
    let spellings = spellings(of: session)
    return spellings.first { sessions?[$0] != nil } ?? spellings[0]
  }

  /// The key as the user types it: without this agent's `agent:<agent>:`.
  private func shown(_ key: String) -> String {
    let prefix = "agent:\(agent):"
    return key.hasPrefix(prefix) && key.count > prefix.count ? String(key.dropFirst(prefix.count)) : key
  }

  public func pins(for session: String) throws(SessionStoreError) -> SessionPins? {
    try SessionKey.validate(session)
    let sessions = try sessions()
    return sessions?[key(of: session, in: sessions)]?.objectValue?.sessionPins
  }

  public func snapshot(of session: String) throws(SessionStoreError) -> SessionSnapshot {
    try SessionKey.validate(session)
    guard let sessions = try sessions() else { return SessionSnapshot() }
    return SessionSnapshot(
      own: sessions[key(of: session, in: sessions)]?.objectValue?.sessionPins,
      parent: SessionKey.parent(of: session).flatMap { sessions[key(of: $0, in: sessions)]?.objectValue?.sessionPins })
  }

  public func save(_ pins: SessionPins, for session: String, ifUnchangedFrom expected: SessionPins?)
    throws(SessionStoreError) -> Bool
  {
    try SessionKey.validate(session)
    return try update(session, to: pins, ifUnchangedFrom: expected)
  }

  public func save(_ pins: SessionPins, for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    try update(session, to: pins)
  }

  /// Removes the pin fields of the session's entry; the entry itself stays, as OpenClaw's.
  public func removePins(for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    try update(session, to: SessionPins())
  }

  public func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)] {
    guard let sessions = try sessions() else { return [] }
    // By bytes: keys equal only in Unicode normalization are two sessions.
    var seen: Set<ExactString> = []
    return sessions.members
      .compactMap { member in member.value.objectValue?.sessionPins.map { (session: shown(member.key), pins: $0) } }
      .filter { seen.insert(ExactString($0.session)).inserted }
      .sorted { SessionKey.precedes($0.session, $1.session) }
  }

  // MARK: - Batches

  public func beginBatch() {
    batch.withLock { batch in
      if batch == nil { batch = Batch() }
    }
  }

  public func endBatch() throws(SessionStoreError) {
    guard
      let ended = batch.withLock({ batch in
        defer { batch = nil }
        return batch
      })
    else { return }
    try write(ended)
    if let failure = ended.failure { throw failure }
  }

  public func writeBatchSoFar() {
    let written = batch.withLock { batch -> Batch? in
      guard let current = batch, current.lock != nil else { return nil }
      batch = Batch(failure: current.failure)
      return current
    }
    guard let written else { return }
    do {
      try write(written)
    } catch {
      batch.withLock { batch in
        if batch?.failure == nil { batch?.failure = error }
      }
    }
  }

  /// Writes what `batch` changed, if anything, and gives its lock back.
  private func write(_ batch: Batch) throws(SessionStoreError) {
    guard let lock = batch.lock else { return }
    defer { lock.release() }
    guard batch.changed else { return }
    do {
      try StateFile.writeAtomically(JSONValue.object(batch.sessions).serialized().utf8, to: path)
    } catch {
      cache.withLock { $0 = nil }
      throw .file(error)
    }
    let signature = FileSignature(of: path)
    cache.withLock { $0 = signature.map { ParsedFile(signature: $0, sessions: batch.sessions) } }
  }

  public var hasUnwrittenChanges: Bool { batch.withLock { $0?.changed ?? false } }

  public var writesInBatches: Bool { true }

  /// `update` within a batch: the first change takes the lock and reads the file afresh; every
  /// change goes into the batch's copy. Nil outside a batch.
  private func updateInBatch(_ session: String, to pins: SessionPins, ifUnchangedFrom expected: SessionPins??)
    throws(SessionStoreError) -> Bool?
  {
    guard let locked = batch.withLock({ $0.map { $0.lock != nil } }) else { return nil }
    if !locked {
      // Pins the file holds already need no lock.
      let found = try sessions()
      if let expected, !storedPins(of: session, in: found).pinsTheSame(as: expected) { return false }
      guard try updatedEntry(of: session, to: pins, in: found) != nil else { return true }
      let lock = try withLockErrors { try FileLock.hold(for: path) }
      do {
        let sessions = try self.sessions() ?? JSONObject()
        batch.withLock {
          $0?.lock = lock
          $0?.sessions = sessions
        }
      } catch {
        lock.release()
        throw error
      }
    }
    // In place: the batch's copy is the only reference to its storage, so a change copies nothing.
    return try batch.withLock { batch throws(SessionStoreError) -> Bool in
      guard var current = batch else { return false }
      batch = nil
      defer { batch = current }
      if let expected, !storedPins(of: session, in: current.sessions).pinsTheSame(as: expected) { return false }
      guard let entry = try updatedEntry(of: session, to: pins, in: current.sessions) else { return true }
      let key = key(of: session, in: current.sessions)
      current.sessions[key] = .object(entry)
      current.changed = true
      return true
    }
  }

  /// `body`'s errors of locking and writing as the store's.
  private func withLockErrors<Result>(_ body: () throws -> Result) throws(SessionStoreError) -> Result {
    do {
      return try body()
    } catch let error as SessionStoreError {
      throw error
    } catch let error as FileLockTimeout {
      throw .lockTimeout(path: error.lockPath)
    } catch let error as StateFileError {
      throw .file(error)
    } catch {
      throw .file(StateFileError(path: path, reason: "\(error)"))
    }
  }

  // MARK: - Writing

  /// Writes `pins` under the file's lock unless the entry holds them already, or, with
  /// `expected`, unless its pins changed from those; returns whether the entry holds `pins` now.
  @discardableResult
  private func update(_ session: String, to pins: SessionPins, ifUnchangedFrom expected: SessionPins?? = nil)
    throws(SessionStoreError) -> Bool
  {
    if let saved = try updateInBatch(session, to: pins, ifUnchangedFrom: expected) { return saved }
    // Pins the file holds already need no lock and no write.
    let found = try sessions()
    if let expected, !storedPins(of: session, in: found).pinsTheSame(as: expected) { return false }
    guard try updatedEntry(of: session, to: pins, in: found) != nil else { return true }
    return try withLockErrors {
      try FileLock.withExclusiveLock(for: path) {
        var sessions = try self.sessions() ?? JSONObject()
        if let expected, !self.storedPins(of: session, in: sessions).pinsTheSame(as: expected) { return false }
        guard let entry = try updatedEntry(of: session, to: pins, in: sessions) else { return true }
        sessions[key(of: session, in: sessions)] = .object(entry)
        try StateFile.writeAtomically(JSONValue.object(sessions).serialized().utf8, to: path)
        let signature = FileSignature(of: path)
        cache.withLock { $0 = signature.map { ParsedFile(signature: $0, sessions: sessions) } }
        return true
      }
    }
  }

  private func storedPins(of session: String, in sessions: JSONObject?) -> SessionPins {
    sessions?[key(of: session, in: sessions)]?.objectValue?.sessionPins ?? SessionPins()
  }

  /// The entry of `session` holding `pins`, or nil when `sessions` needs no change.
  private func updatedEntry(of session: String, to pins: SessionPins, in sessions: JSONObject?)
    throws(SessionStoreError) -> JSONObject?
  {
    let entry: JSONObject
    switch sessions?[key(of: session, in: sessions)] {
    case .object(let existing)?:
      entry = existing
    case nil:
      guard !pins.isEmpty else { return nil }
      entry = Self.newEntry(updatedAt: pins.updatedAt)
    case .some:
      throw .unexpectedContent(path: path, problem: "session \(SessionStoreError.quoted(session)) is not an object")
    }
    let updated = entry.settingSessionPins(pins)
    return updated == entry ? nil : updated
  }

  /// An entry as OpenClaw creates one: a new `sessionId` and `updatedAt`.
  private static func newEntry(updatedAt: Int64?) -> JSONObject {
    JSONObject([
      ("sessionId", .string(UUID().uuidString.lowercased())),
      ("updatedAt", .integer(updatedAt ?? Int64(Date().timeIntervalSince1970 * 1000))),
    ])
  }

  // MARK: - Reading

  /// The sessions of the file, or nil when it does not exist; parsed again only when it changed.
  /// Within a batch that holds the lock, the batch's: the file cannot change meanwhile.
  private func sessions() throws(SessionStoreError) -> JSONObject? {
    if let held = batch.withLock({ $0?.lock == nil ? nil : $0?.sessions }) { return held }
    let signature = FileSignature(of: path)
    if let signature, let cached = cache.withLock({ $0 }), cached.signature == signature {
      return cached.sessions
    }
    let bytes: [UInt8]
    do {
      guard let read = try StateFile.read(path) else { return nil }
      bytes = read
    } catch {
      throw .file(error)
    }
    let document: JSONValue
    do {
      document = try JSONValue.parse(utf8: bytes, json5: true)
    } catch {
      throw .unparsable(path: path, error)
    }
    guard let sessions = document.objectValue else {
      throw .unexpectedContent(path: path, problem: "the top level is not an object of sessions")
    }
    if let signature, FileSignature(of: path) == signature {
      cache.withLock { $0 = ParsedFile(signature: signature, sessions: sessions) }
    }
    return sessions
  }

  private struct ParsedFile {
    var signature: FileSignature
    var sessions: JSONObject
  }
}
