import AuthProfiles
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The auth state of one agent in PostgreSQL (spec §8): its `auth-profiles.json` document, in
/// OpenClaw's format, in a `json` column (member order, number text and unknown fields kept), with
/// a revision that every change moves.
///
/// ``current()`` asks for the revision and reads the document only when it moved, so the parsed
/// store is reused while no instance changes anything. ``update(_:)`` takes the agent's row
/// `FOR UPDATE` in a transaction: changes of all instances are serialized, and none is lost.
public final class PostgresAuthStore: AuthStateStore {
  /// The connection the statements go through.
  public let connection: PostgresConnection
  /// The agent whose auth state this is.
  public let agent: String
  private let cache = Mutex(Cached())

  private struct Cached {
    /// The revision `store` holds; 0 when the agent has no row, -1 before the first read.
    var revision: Int64 = -1
    var store = AuthStore()
    /// Whether a snapshot read the revision for the turn about to ask for `current()`.
    var fresh = false
  }

  public init(connection: PostgresConnection, agent: String) {
    self.connection = connection
    self.agent = agent
  }

  public var location: String { "\(connection.url.display) (agent \(agent))" }

  /// The revision of the store kept in memory; -1 when none was read yet.
  var cachedRevision: Int64 { cache.withLock { $0.revision } }

  public func current() throws -> AuthStore {
    if let store = cache.withLock({ cached -> AuthStore? in
      defer { cached.fresh = false }
      return cached.fresh ? cached.store : nil
    }) {
      return store
    }
    let known = cachedRevision
    let row = try connection.run { session in
      try session.query(
        "SELECT revision, CASE WHEN revision <> $2::bigint THEN document::text END FROM auth_store WHERE agent = $1",
        [agent, String(known)]
      ).first
    }
    try accept(revision: row?[0].flatMap { Int64($0) }, document: row?[1] ?? nil, fresh: false)
    return cache.withLock { $0.store }
  }

  /// The auth document as stored, byte for byte: what `auth export` writes; nil when the agent has none.
  public func document() throws -> String? {
    try connection.run { session in
      try session.query("SELECT document::text FROM auth_store WHERE agent = $1", [agent]).first?[0] ?? nil
    }
  }

  /// Takes what a snapshot read of the agent's row: its revision (nil: no row) and its document,
  /// which is nil when the revision is the one already kept.
  func accept(revision: Int64?, document: String?, fresh: Bool = true) throws {
    let revision = revision ?? 0
    if revision == cachedRevision {
      cache.withLock { $0.fresh = fresh }
      return
    }
    let store: AuthStore
    if revision == 0 {
      store = AuthStore()
    } else if let document {
      store = try AuthStore(parsing: Array(document.utf8), path: location)
    } else {
      // Another call moved the kept revision since the statement was sent: read it whole.
      return try accept(revision: revision, document: self.document(), fresh: fresh)
    }
    cache.withLock { $0 = Cached(revision: revision, store: store, fresh: fresh) }
  }

  @discardableResult
  public func update<Result>(_ body: (inout AuthStore) throws -> Result) throws -> Result {
    // A first write of the agent races with another instance's: the loser applies `body` again
    // to what the winner wrote.
    while true {
      var outcome: Result?
      let written = try connection.transaction { session -> Bool in
        let row = try session.query(
          "SELECT revision, CASE WHEN revision <> $2::bigint THEN document::text END FROM auth_store"
            + " WHERE agent = $1 FOR UPDATE", [agent, String(cachedRevision)]
        ).first
        let revision = row?[0].flatMap { Int64($0) } ?? 0
        var store = try stored(revision: revision, document: row?[1] ?? nil, session: session)
        let before = store.revision
        outcome = try body(&store)
        guard store.revision != before else { return true }
        let document = store.serialized()
        if revision == 0 {
          let inserted = try session.command(
            "INSERT INTO auth_store (agent, revision, document, changed_by) VALUES ($1, 1, $2, $3)"
              + " ON CONFLICT (agent) DO NOTHING", [agent, document, Self.changedBy])
          guard inserted == 1 else { return false }
        } else {
          try session.command(
            "UPDATE auth_store SET revision = $2, document = $3, changed_at = now(), changed_by = $4 WHERE agent = $1",
            [agent, String(revision + 1), document, Self.changedBy])
        }
        cache.withLock { $0 = Cached(revision: revision + 1, store: store) }
        return true
      }
      if written, let outcome { return outcome }
    }
  }

  /// Replaces the agent's document with `bytes` as they are, after checking that they parse as
  /// `auth-profiles.json` does: what `auth import` stores, so that an export gives the same bytes.
  public func replaceDocument(with bytes: [UInt8], path: String) throws {
    let imported = try AuthStore(parsing: bytes, path: path)
    try write(document: String(decoding: bytes, as: UTF8.self), store: imported)
  }

  /// Stores `document` whatever the agent held, as one new revision.
  private func write(document: String, store: AuthStore) throws {
    let revision = try connection.transaction { session -> Int64 in
      let row = try session.query(
        """
        INSERT INTO auth_store (agent, revision, document, changed_by) VALUES ($1, 1, $2, $3)
        ON CONFLICT (agent) DO UPDATE SET revision = auth_store.revision + 1, document = $2, changed_at = now(),
        changed_by = $3 RETURNING revision
        """, [agent, document, Self.changedBy])
      return row.first?[0].flatMap { Int64($0) } ?? 1
    }
    cache.withLock { $0 = Cached(revision: revision, store: store) }
  }

  /// The store of `revision`: the one kept when it is that revision, else `document` parsed.
  private func stored(revision: Int64, document: String?, session: PostgresSession) throws -> AuthStore {
    if revision == 0 { return AuthStore() }
    if let document { return try AuthStore(parsing: Array(document.utf8), path: location) }
    let kept = cache.withLock { $0.revision == revision ? $0.store : nil }
    if let kept { return kept }
    let row = try session.query("SELECT document::text FROM auth_store WHERE agent = $1", [agent]).first
    guard let whole = row?[0] else { return AuthStore() }
    return try AuthStore(parsing: Array(whole.utf8), path: location)
  }

  /// Who changed the row, for an operator reading the table: host and process.
  private static let changedBy: String = {
    var name = [CChar](repeating: 0, count: 256)
    let host =
      gethostname(&name, name.count) == 0
      ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "unknown host"
    return "modelpin on \(host), pid \(getpid())"
  }()
}
