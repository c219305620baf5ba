import SessionState

/// The session pins of one agent in PostgreSQL (spec §8), shared by every instance on the database.
///
/// Keys are compared and sorted as bytes (`COLLATE "C"`), as the SQLite store does. A turn's
/// snapshot reads the session's pins, its parent's and, when an ``PostgresAuthStore`` is
/// attached, the agent's auth revision (and the document only when the revision moved) in one
/// statement: one round trip for a chat line that changes nothing. A compare-and-set save is one
/// statement whose condition is the pins the turn read; each write moves the row's `version`.
public final class PostgresSessionStore: SessionStore {
  /// The connection the statements go through.
  public let connection: PostgresConnection
  /// The agent whose sessions these are.
  public let agent: String
  /// The auth store that learns the auth revision from each snapshot.
  let auth: PostgresAuthStore?

  /// The sessions of `agent`; `auth`, when given, is refreshed by every snapshot.
  public init(connection: PostgresConnection, agent: String, auth: PostgresAuthStore? = nil) {
    self.connection = connection
    self.agent = agent
    self.auth = auth
  }

  public func pins(for session: String) throws(SessionStoreError) -> SessionPins? {
    try SessionKey.validate(session)
    let rows = try run { try $0.query(Self.selectOne, [agent, session]) }
    return rows.first.map { Self.pins(from: $0, startingAt: 0) }
  }

  public func snapshot(of session: String) throws(SessionStoreError) -> SessionSnapshot {
    try SessionKey.validate(session)
    let parent = SessionKey.parent(of: session)
    let knownRevision = auth?.cachedRevision ?? -1
    let rows = try run { connection in
      auth == nil
        ? try connection.query(Self.selectPair, [agent, session, parent])
        : try connection.query(Self.selectPairAndAuth, [agent, session, parent, String(knownRevision)])
    }
    var snapshot = SessionSnapshot()
    var authRow: [String?]?
    for row in rows {
      if row[0] == "1" {
        authRow = row
      } else if row[1] == session {
        snapshot.own = Self.pins(from: row, startingAt: 2)
      } else {
        snapshot.parent = Self.pins(from: row, startingAt: 2)
      }
    }
    if let auth {
      do {
        try auth.accept(revision: authRow?[1].flatMap { Int64($0) }, document: authRow?[2] ?? nil)
      } catch {
        throw .database(path: auth.location, message: "\(error)")
      }
    }
    return snapshot
  }

  public func save(_ pins: SessionPins, for session: String, ifUnchangedFrom expected: SessionPins?)
    throws(SessionStoreError) -> Bool
  {
    try SessionKey.validate(session)
    let expected = expected ?? SessionPins()
    return try run { connection in
      switch (pins.isEmpty, expected.isEmpty) {
      case (true, true):
        return try connection.query(Self.selectExists, [agent, session]).isEmpty
      case (false, true):
        return try connection.command(Self.insertNew, [agent, session] + Self.values(pins)) == 1
      case (true, false):
        return try connection.command(Self.deleteIfUnchanged, [agent, session] + Self.compared(expected)) == 1
      case (false, false):
        return try connection.command(
          Self.updateIfUnchanged, [agent, session] + Self.values(pins) + Self.compared(expected)) == 1
      }
    }
  }

  public func save(_ pins: SessionPins, for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    guard !pins.isEmpty else { return try removePins(for: session) }
    try run { try $0.command(Self.upsert, [agent, session] + Self.values(pins)) }
  }

  public func removePins(for session: String) throws(SessionStoreError) {
    try SessionKey.validate(session)
    try run { try $0.command(Self.deleteOne, [agent, session]) }
  }

  public func allPins() throws(SessionStoreError) -> [(session: String, pins: SessionPins)] {
    try run { try $0.query(Self.selectAll, [agent]) }.map { row in
      (session: row[0] ?? "", pins: Self.pins(from: row, startingAt: 1))
    }
  }

  // MARK: - Statements

  private static let columns = "model, profile, profile_source, updated_at"
  private static let selectOne = "SELECT \(columns) FROM session_pins WHERE agent = $1 AND session = $2"
  private static let selectAll = "SELECT session, \(columns) FROM session_pins WHERE agent = $1 ORDER BY session"
  private static let selectExists = "SELECT 1 FROM session_pins WHERE agent = $1 AND session = $2"
  private static let selectPair =
    "SELECT 0, session, \(columns) FROM session_pins WHERE agent = $1 AND session IN ($2, $3)"
  /// The pair, and the auth row: its revision, and its document only when the revision is not `$4`.
  private static let selectPairAndAuth = """
    \(selectPair) UNION ALL
    SELECT 1, revision::text, CASE WHEN revision <> $4::bigint THEN document::text END, NULL, NULL, NULL
    FROM auth_store WHERE agent = $1
    """
  private static let upsert = """
    INSERT INTO session_pins (agent, session, \(columns)) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (agent, session) DO UPDATE SET model = $3, profile = $4, profile_source = $5, updated_at = $6,
    version = session_pins.version + 1
    """
  private static let insertNew = """
    INSERT INTO session_pins (agent, session, \(columns)) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (agent, session) DO NOTHING
    """
  /// The pins a turn read, `$n` to `$n+2`: the same model and profile, and source when a profile is pinned.
  private static func unchanged(from first: Int) -> String {
    "model IS NOT DISTINCT FROM $\(first) AND profile IS NOT DISTINCT FROM $\(first + 1)"
      + " AND (profile IS NULL OR profile_source IS NOT DISTINCT FROM $\(first + 2))"
  }
  private static let updateIfUnchanged = """
    UPDATE session_pins SET model = $3, profile = $4, profile_source = $5, updated_at = $6, version = version + 1
    WHERE agent = $1 AND session = $2 AND \(unchanged(from: 7))
    """
  private static let deleteIfUnchanged =
    "DELETE FROM session_pins WHERE agent = $1 AND session = $2 AND \(unchanged(from: 3))"
  private static let deleteOne = "DELETE FROM session_pins WHERE agent = $1 AND session = $2"

  private static func values(_ pins: SessionPins) -> [String?] {
    [pins.model, pins.profile, pins.profileSource?.rawValue, pins.updatedAt.map { String($0) }]
  }

  private static func compared(_ pins: SessionPins) -> [String?] {
    [pins.model, pins.profile, pins.profileSource?.rawValue]
  }

  private static func pins(from row: [String?], startingAt column: Int) -> SessionPins {
    SessionPins(
      model: row[column], profile: row[column + 1], profileSource: row[column + 2].flatMap(PinSource.init(rawValue:)),
      updatedAt: row[column + 3].flatMap { Int64($0) })
  }

  @discardableResult
  private func run<Result>(_ body: (PostgresSession) throws -> Result) throws(SessionStoreError) -> Result {
    do {
      return try connection.run(body)
    } catch {
      throw .database(path: connection.url.display, message: (error as? PostgresError)?.message ?? "\(error)")
    }
  }
}
