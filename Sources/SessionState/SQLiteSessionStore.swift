import GRDB
import GRDBSQLite
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
/// creates the folder (0700) and the file (0600). A database this process may not write (a
/// read-only folder) is opened read-only until a write is asked for; a symbolic link, a FIFO or
/// another user's file in its place is refused with an error naming it. Processes that find the schema missing or old
/// take turns on `pins.sqlite.lock` to migrate it; later opens only check the recorded version.
public final class SQLiteSessionStore: SessionStore {
  /// How long a statement waits for other processes' writes before it fails, in seconds.
  public static let busyTimeout: Double = 10

  /// The database file.
  public let path: String
  /// The connection once opened, and whether it may write: one opened to read a database this
  /// process may not write (a read-only folder) is read-only, and replaced when a write comes.
  private let connection = Mutex<(queue: DatabaseQueue, writable: Bool)?>(nil)

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
      guard let parent else { return SessionSnapshot(own: try Self.fetchPins(db, session)) }
      // One statement: both rows as of one moment, without a transaction's BEGIN and COMMIT,
      // which cost more than the read itself.
      var snapshot = SessionSnapshot()
      try Self.readRows(db, Self.selectTwo, keys: [session, parent]) { key, pins in
        if key == session { snapshot.own = pins } else { snapshot.parent = pins }
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
      var all: [(session: String, pins: SessionPins)] = []
      try Self.readRows(db, Self.selectAll, keys: []) { all.append(($0, $1)) }
      return all
    }
    return all ?? []
  }

  // MARK: - Statements

  private static let selectOne =
    "SELECT session, model, profile, profile_source, updated_at FROM pins WHERE session = ?"
  private static let selectTwo =
    "SELECT session, model, profile, profile_source, updated_at FROM pins WHERE session IN (?, ?)"
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
    var found: SessionPins?
    try readRows(db, selectOne, keys: [session]) { found = $1 }
    return found
  }

  /// Runs `sql` (a select of `session, model, profile, profile_source, updated_at`) with `keys`
  /// bound, through SQLite's own interface: GRDB's rows cost twice what SQLite does for these
  /// lookups, which every request makes. The statement is GRDB's cached one, left reset.
  private static func readRows(_ db: Database, _ sql: String, keys: [String], _ row: (String, SessionPins) -> Void)
    throws
  {
    let statement = try db.cachedStatement(sql: sql).sqliteStatement
    func check(_ code: Int32) throws {
      guard code != SQLITE_OK, code != SQLITE_ROW, code != SQLITE_DONE else { return }
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
        sql: sql)
    }
    sqlite3_reset(statement)
    defer {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
    }
    for (index, key) in keys.enumerated() {
      try check(sqlite3_bind_text(statement, Int32(index + 1), key, -1, transient))
    }
    while true {
      let code = sqlite3_step(statement)
      try check(code)
      guard code == SQLITE_ROW else { return }
      row(
        text(statement, 0) ?? "",
        SessionPins(
          model: text(statement, 1), profile: text(statement, 2),
          profileSource: text(statement, 3).flatMap(PinSource.init(rawValue:)),
          updatedAt: sqlite3_column_type(statement, 4) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, 4)))
    }
  }

  /// SQLite's `SQLITE_TRANSIENT`: it copies the bound text, which lives only for the call.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  private static func text(_ statement: OpaquePointer?, _ column: Int32) -> String? {
    guard let bytes = sqlite3_column_text(statement, column) else { return nil }
    return String(
      decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
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
      guard let queue = try connection.withLock({ try connect(&$0, creatingFile: creatingFile) }) else {
        return nil
      }
      return try queue.inDatabase(body)
    } catch {
      throw storeError(error)
    }
  }

  private func connect(_ connection: inout (queue: DatabaseQueue, writable: Bool)?, creatingFile: Bool) throws
    -> DatabaseQueue?
  {
    if let connection, connection.writable || !creatingFile { return connection.queue }
    let exists = try StateFile.ownRegularFileExists(path)
    if !creatingFile, !exists { return nil }
    // Reading needs no write access: a read-only state folder still shows its pins.
    let writable = creatingFile || Self.canWrite(path)
    if writable {
      try StateFile.createFolder(containing: path)
      let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
      guard descriptor >= 0 else {
        let reason = String(cString: strerror(errno)).lowercased()
        throw StateFileError(path: path, reason: "cannot \(exists ? "write" : "create"): \(reason)")
      }
      close(descriptor)
    }

    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    configuration.prepareDatabase { db in
      // With WAL, NORMAL survives a crash of the process without an fsync per commit; only a
      // power cut can lose the last commits.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    configuration.readonly = !writable
    let opened: DatabaseQueue
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      if !writable { try queue.inDatabase { try $0.execute(sql: "SELECT count(*) FROM sqlite_master") } }
      opened = queue
    } catch let error as DatabaseError where !writable && error.resultCode == .SQLITE_CANTOPEN {
      // SQLite reads a WAL database without write access only if its `-shm` exists; when the last
      // writer removed it, the file holds every commit and is read as immutable.
      opened = try DatabaseQueue(path: Self.immutableURI(path), configuration: configuration)
    }
    // A check that fails counts as "not migrated": it races with another process creating the
    // schema (GRDB reads `grdb_migrations`, then whether it exists). Under the lock, processes
    // take turns: the first migrates, the others find it done.
    if writable, (try? opened.inDatabase({ try Self.migrator.hasCompletedMigrations($0) })) != true {
      try FileLock.withExclusiveLock(for: path) {
        try opened.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try Self.migrator.migrate(opened)
      }
    }
    connection = (opened, writable)
    return opened
  }

  /// `file:<path>?immutable=1`, the path percent-encoded as SQLite's URI filenames want.
  private static func immutableURI(_ path: String) -> String {
    var uri = "file:"
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."):
        uri.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        uri += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return uri + "?immutable=1"
  }

  /// Whether the file system holding the database has no block left for this process.
  private static func diskIsFull(_ path: String) -> Bool {
    var status = statvfs()
    return statvfs(path, &status) == 0 && status.f_bavail == 0
  }

  /// Whether this process may write the database and create its `-wal` and `-shm` beside it.
  private static func canWrite(_ path: String) -> Bool {
    guard let slash = path.lastIndex(of: "/") else { return access(path, W_OK) == 0 && access(".", W_OK) == 0 }
    let folder = slash == path.startIndex ? "/" : String(path[..<slash])
    return access(path, W_OK) == 0 && access(folder, W_OK) == 0
  }

  private func storeError(_ error: any Error) -> SessionStoreError {
    switch error {
    case let error as StateFileError: return .file(error)
    case let error as FileLockTimeout: return .lockTimeout(path: error.lockPath)
    case let error as DatabaseError:
      switch error.resultCode {
      case .SQLITE_BUSY, .SQLITE_LOCKED: return .databaseBusy(path: path)
      case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damagedDatabase(path: path)
      // SQLite says "disk I/O error" when a write of its WAL meets a full disk.
      case .SQLITE_FULL: return .database(path: path, message: "cannot write: no space left on device")
      case .SQLITE_IOERR where Self.diskIsFull(path):
        return .database(path: path, message: "cannot write: no space left on device")
      default: return .database(path: path, message: error.message ?? error.description)
      }
    default: return .database(path: path, message: String(describing: error))
    }
  }
}
