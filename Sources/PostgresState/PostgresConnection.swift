import CLibPQ
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One connection to the database, shared by the stores of a process: opened on first use, and
/// opened again on the next request after the server closed it or could not be reached.
///
/// Statements of all tasks take turns on it. Each new connection sets the timeouts that keep a
/// stuck or dead instance from holding the others up, and brings the schema up to date.
public final class PostgresConnection: Sendable {
  /// How long the server runs one statement before cancelling it.
  public static let statementTimeout = "5s"
  /// How long a statement waits for a row another instance holds (an agent's auth row).
  public static let lockTimeout = "3s"
  /// How long the server keeps a transaction whose client went quiet (a killed instance) open.
  public static let idleInTransactionTimeout = "10s"
  /// Connection parameters a URL may override: connecting and TCP keepalives, in seconds.
  static let defaultParameters: [(String, String)] = [
    ("connect_timeout", "5"), ("keepalives", "1"), ("keepalives_idle", "30"), ("keepalives_interval", "10"),
    ("keepalives_count", "3"), ("application_name", "modelpin"),
  ]

  /// The database.
  public let url: DatabaseURL
  private let connection = Mutex<Connection?>(nil)

  /// A connection to `url`; nothing is opened until the first statement.
  public init(url: DatabaseURL) {
    self.url = url
  }

  deinit {
    connection.withLock { $0?.close() }
  }

  /// Runs `body` on the connection, opening it first when needed; within a ``transaction(_:)``
  /// of this connection, on that transaction's session, so that a store called from inside it
  /// writes in that transaction.
  ///
  /// When a connection that served earlier requests turns out to be closed (the server restarted)
  /// at `body`'s first statement, nothing reached the server: `body` runs once more on a new one.
  func run<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    if let open = Self.openTransaction, open.connection == ObjectIdentifier(self) { return try body(open.session) }
    return try connection.withLock { connection throws -> Result in
      let reused = connection != nil
      let session = try open(&connection)
      do {
        return try body(session)
      } catch {
        guard session.isBroken else { throw error }
        connection?.close()
        connection = nil
        guard reused, session.statementsSent <= 1 else { throw error }
        let fresh = try open(&connection)
        do {
          return try body(fresh)
        } catch {
          if fresh.isBroken {
            connection?.close()
            connection = nil
          }
          throw error
        }
      }
    }
  }

  /// Runs `body` in one transaction (READ COMMITTED): committed when it returns, rolled back
  /// when it throws. Statements other stores send on this connection while `body` runs, on this
  /// thread or task, are part of it.
  func transaction<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    // Within a transaction already, `body` joins it: a second BEGIN would not nest, and its
    // COMMIT would end the outer one early.
    if let open = Self.openTransaction, open.connection == ObjectIdentifier(self) { return try body(open.session) }
    return try run { session in
      try session.command("BEGIN")
      do {
        let result = try Self.$openTransaction.withValue(OpenTransaction(connection: ObjectIdentifier(self), session)) {
          try body(session)
        }
        try session.command("COMMIT")
        return result
      } catch {
        if !session.isBroken { _ = try? session.command("ROLLBACK") }
        throw error
      }
    }
  }

  /// The transaction `transaction(_:)` runs, for the stores `body` calls: the connection's mutex
  /// is held meanwhile, and taking it again would wait forever.
  @TaskLocal private static var openTransaction: OpenTransaction?

  private struct OpenTransaction: @unchecked Sendable {
    // @unchecked: the session is used only by the thread or task that holds the connection's mutex.
    let connection: ObjectIdentifier
    let session: PostgresSession

    init(connection: ObjectIdentifier, _ session: PostgresSession) {
      self.connection = connection
      self.session = session
    }
  }

  private func open(_ connection: inout Connection?) throws(PostgresError) -> PostgresSession {
    if let connection { return PostgresSession(connection: connection, server: url.display) }
    let opened = try Connection(url: url)
    do {
      try PostgresSchema.prepare(try configured(opened), url: url)
    } catch {
      opened.close()
      throw error
    }
    connection = opened
    return PostgresSession(connection: opened, server: url.display)
  }

  /// Runs `body` on a connection of its own, closed after, whose schema is left as it is: for
  /// looking at a database without migrating it, and for migrating it on purpose.
  func withUnpreparedSession<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    let opened = try Connection(url: url)
    defer { opened.close() }
    return try body(try configured(opened))
  }

  /// A session on `connection` with modelpin's timeouts and its schema first in the search path.
  private func configured(_ connection: Connection) throws(PostgresError) -> PostgresSession {
    let session = PostgresSession(connection: connection, server: url.display)
    try session.execute(
      """
      SET client_min_messages = warning; SET statement_timeout = '\(Self.statementTimeout)';
      SET lock_timeout = '\(Self.lockTimeout)';
      SET idle_in_transaction_session_timeout = '\(Self.idleInTransactionTimeout)';
      SET search_path = \(url.quotedSchema)
      """)
    return session
  }
}

/// An open libpq connection; closed by its owner.
struct Connection: @unchecked Sendable {
  // @unchecked: the pointer is only used under `PostgresConnection`'s mutex.
  let libpq: LibPQ
  let handle: OpaquePointer

  init(url: DatabaseURL) throws(PostgresError) {
    let libpq = try LibPQ.loaded(for: url.display)
    let parameters =
      PostgresConnection.defaultParameters + [("dbname", url.connectionString), ("client_encoding", "UTF8")]
    let keywords = parameters.map { strdup($0.0) }
    let values = parameters.map { strdup($0.1) }
    defer { for copy in keywords + values { free(copy) } }
    let handle = (keywords.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { keywordArray in
      (values.map { UnsafePointer($0) } + [nil]).withUnsafeBufferPointer { valueArray in
        libpq.connectdbParams(keywordArray.baseAddress, valueArray.baseAddress, 1)
      }
    }
    guard let handle else {
      throw PostgresError(server: url.display, message: "out of memory")
    }
    guard libpq.status(handle) == CONNECTION_OK else {
      let message = libpq.errorMessage(handle).map { String(cString: $0) } ?? "cannot connect"
      libpq.finish(handle)
      throw PostgresError(server: url.display, message: PostgresError.oneLine(message))
    }
    self.libpq = libpq
    self.handle = handle
  }

  func close() {
    libpq.finish(handle)
  }
}

/// Statements on one connection, for one `PostgresConnection.run` call.
final class PostgresSession {
  let connection: Connection
  let server: String
  /// How many statements were sent: a failure at the first one on a closed connection reached no server.
  private(set) var statementsSent = 0

  init(connection: Connection, server: String) {
    self.connection = connection
    self.server = server
  }

  private var libpq: LibPQ { connection.libpq }

  /// Whether the connection was lost (the server closed it or cannot be reached).
  var isBroken: Bool { libpq.status(connection.handle) != CONNECTION_OK }

  /// The rows of a statement, each value as PostgreSQL's text or nil for NULL.
  @discardableResult
  func query(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> [[String?]] {
    try withResult(sql, parameters) { result in
      let rows = libpq.ntuples(result)
      let columns = libpq.nfields(result)
      return (0..<rows).map { row in
        (0..<columns).map { column in
          guard libpq.getisnull(result, row, column) == 0, let value = libpq.getvalue(result, row, column) else {
            return nil
          }
          let length = Int(libpq.getlength(result, row, column))
          return value.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
          }
        }
      }
    }
  }

  /// Runs a statement that returns no rows and gives how many rows it changed.
  @discardableResult
  func command(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> Int {
    try withResult(sql, parameters) { result in
      libpq.cmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }
  }

  /// Runs several statements given as one text, without parameters.
  func execute(_ sql: String) throws(PostgresError) {
    statementsSent += 1
    let result = libpq.exec(connection.handle, sql)
    defer { libpq.clear(result) }
    try check(result)
  }

  private func withResult<Value>(_ sql: String, _ parameters: [String?], _ read: (OpaquePointer) -> Value)
    throws(PostgresError) -> Value
  {
    statementsSent += 1
    let copies = parameters.map { $0.map { strdup($0) } ?? nil }
    defer { for copy in copies { free(copy) } }
    let result = copies.map { $0.map { UnsafePointer($0) } }.withUnsafeBufferPointer { values in
      libpq.execParams(connection.handle, sql, Int32(values.count), nil, values.baseAddress, nil, nil, 0)
    }
    defer { libpq.clear(result) }
    try check(result)
    return read(result!)
  }

  private func check(_ result: OpaquePointer?) throws(PostgresError) {
    let status = libpq.resultStatus(result)
    if result != nil, status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK { return }
    let text =
      (result.flatMap { libpq.resultErrorMessage($0) }.map { String(cString: $0) }).flatMap { $0.isEmpty ? nil : $0 }
      ?? libpq.errorMessage(connection.handle).map { String(cString: $0) } ?? "the statement failed"
    let state = result.flatMap { libpq.resultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
    throw PostgresError(server: server, message: PostgresError.oneLine(text), sqlState: state)
  }
}
