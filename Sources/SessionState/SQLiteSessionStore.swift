import GRDB
import StateFolder
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The embedded default store: `pins.sqlite`, one row per pinned session.
///
/// One connection (a GRDB `DatabaseQueue`) in WAL mode, opened on first use: a process that
/// only reads pays for one connection, not a pool, and reads from other processes never wait
/// for a writer. Writers of several processes queue on SQLite's lock with a busy timeout.
/// Reading a database that does not exist returns no pins and creates nothing; the first save
/// creates the folder (0700) and the file (0600). Processes that find the schema missing or old
/// take turns on `pins.sqlite.lock` to migrate it; later opens only check the recorded version.
public final class SQLiteSessionStore: SessionStore {
  /// How long a statement waits for other processes' writes before it fails, in seconds.
  public static let busyTimeout: Double = 10

  /// The database file.
  public let path: String
  private let connection = Mutex<DatabaseQueue?>(nil)

  /// A store for the database at `path`; nothing is opened until the first call.
  public init(path: String) {
    self.path = path
  }

  public func pins(for session: String) throws(SessionStoreError) -> SessionPins? {
    try SessionKey.validate(session)
    let pins = try withDatabase(creatingFile: false) { db in try Self.fetchPins(db, session) }
    return pins ?? nil
  }

  public func snapshot(of session: String) throws(SessionStoreError) -> SessionSnapshot {
    try SessionKey.validate(session)
    let parent = SessionKey.parent(of: session)
    let snapshot = try withDatabase(creatingFile: false) { db in
      // One read transaction: both rows as of one moment.
      var snapshot = SessionSnapshot()
      try db.inTransaction(.deferred) {
        snapshot.own = try Self.fetchPins(db, session)
        snapshot.parent = try parent.flatMap { try Self.fetchPins(db, $0) }
        return .commit
      }
      return snapshot
    }
    return snapshot ?? SessionSnapshot()
  }

  public func save(_ pins: SessionPins, for session: String, ifUnchangedFrom expected: SessionPins?)
    throws(SessionStoreError) -> Bool
  {
    try SessionKey.validate(session)
    let saved = try withDatabase(creatingFile: true) { db in
      var saved = false
      // IMMEDIATE takes the write lock before the read, so no other process writes in between.
      try db.inTransaction(.immediate) {
        let current = try Self.fetchPins(db, session)
        guard (current ?? SessionPins()).pinsTheSame(as: expected) else { return .commit }
        try Self.write(pins, for: session, in: db)
        saved = true
        return .commit
      }
      return saved
    }
    return saved ?? false
  }

  public func save(_ pins: SessionPins, for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    guard !pins.isEmpty else { return try delete(session) }
    try withDatabase(creatingFile: true) { db in try Self.write(pins, for: session, in: db) }
  }

  public func removePins(for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    try delete(session)
  }

  public func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)] {
    let all = try withDatabase(creatingFile: false) { db in
      try Row.fetchAll(db.cachedStatement(sql: Self.selectAll)).map { row in
        (session: row[0] as String, pins: Self.pins(from: row, startingAt: 1))
      }
    }
    return all ?? []
  }

  // MARK: - Statements

  private static let selectOne = "SELECT model, profile, profile_source, updated_at FROM pins WHERE session = ?"
  private static let selectAll =
    "SELECT session, model, profile, profile_source, updated_at FROM pins ORDER BY session"
  private static let replace =
    "INSERT OR REPLACE INTO pins (session, model, profile, profile_source, updated_at) VALUES (?, ?, ?, ?, ?)"
  private static let deleteOne = "DELETE FROM pins WHERE session = ?"

  private func delete(_ session: String) throws(SessionStoreError) {
    try withDatabase(creatingFile: false) { db in
      try db.cachedStatement(sql: Self.deleteOne).execute(arguments: [session])
    }
  }

  private static func fetchPins(_ db: Database, _ session: String) throws -> SessionPins? {
    try Row.fetchOne(db.cachedStatement(sql: selectOne), arguments: [session]).map { pins(from: $0) }
  }

  /// Writes non-empty pins, or deletes the row for empty ones.
  private static func write(_ pins: SessionPins, for session: String, in db: Database) throws {
    guard !pins.isEmpty else {
      return try db.cachedStatement(sql: deleteOne).execute(arguments: [session])
    }
    try db.cachedStatement(sql: replace).execute(arguments: [
      session, pins.model, pins.profile, pins.profileSource?.rawValue, pins.updatedAt,
    ])
  }

  private static func pins(from row: Row, startingAt column: Int = 0) -> SessionPins {
    SessionPins(
      model: row[column],
      profile: row[column + 1],
      profileSource: (row[column + 2] as String?).flatMap(PinSource.init(rawValue:)),
      updatedAt: row[column + 3])
  }

  // MARK: - Schema

  /// The versions of the schema; each is applied once, in order, and recorded in the file.
  private static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE pins (
            session TEXT NOT NULL PRIMARY KEY,
            model TEXT,
            profile TEXT,
            profile_source TEXT CHECK (profile_source IN ('user', 'auto')),
            updated_at INTEGER
          ) WITHOUT ROWID
          """)
    }
    return migrator
  }()

  // MARK: - Connection

  /// Runs `body` on the connection, opening it first; nil when the file does not exist and
  /// `creatingFile` is false.
  @discardableResult
  private func withDatabase<Result>(creatingFile: Bool, _ body: (Database) throws -> Result)
    throws(SessionStoreError) -> Result?
  {
    do {
      guard let queue = try connection.withLock({ queue in try connect(&queue, creatingFile: creatingFile) }) else {
        return nil
      }
      return try queue.inDatabase(body)
    } catch {
      throw storeError(error)
    }
  }

  private func connect(_ queue: inout DatabaseQueue?, creatingFile: Bool) throws -> DatabaseQueue? {
    if let queue { return queue }
    if !creatingFile, access(path, F_OK) != 0 { return nil }
    try StateFile.createFolder(containing: path)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StateFileError(path: path, reason: "cannot create: \(String(cString: strerror(errno)).lowercased())")
    }
    close(descriptor)

    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    configuration.prepareDatabase { db in
      // With WAL, NORMAL survives a crash of the process without an fsync per commit; only a
      // power cut can lose the last commits.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    let opened = try DatabaseQueue(path: path, configuration: configuration)
    // A check that fails counts as "not migrated": it races with another process creating the
    // schema (GRDB reads `grdb_migrations`, then whether it exists). Under the lock, processes
    // take turns: the first migrates, the others find it done.
    if (try? opened.inDatabase({ try Self.migrator.hasCompletedMigrations($0) })) != true {
      try FileLock.withExclusiveLock(for: path) {
        try opened.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try Self.migrator.migrate(opened)
      }
    }
    queue = opened
    return opened
  }

  private func storeError(_ error: any Error) -> SessionStoreError {
    switch error {
    case let error as StateFileError: return .file(error)
    case let error as FileLockTimeout: return .lockTimeout(path: error.lockPath)
    case let error as DatabaseError:
      switch error.resultCode {
      case .SQLITE_BUSY, .SQLITE_LOCKED: return .databaseBusy(path: path)
      case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damagedDatabase(path: path)
      default: return .database(path: path, message: error.message ?? error.description)
      }
    default: return .database(path: path, message: String(describing: error))
    }
  }
}
