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
/// store is reused while no instance changes anything. ``update(_:alongside:)`` takes the agent's
/// row `FOR UPDATE` in a transaction: changes of all instances are serialized, and none is lost.
///
/// Secret references (`keyRef`, `tokenRef`) are resolved as ``AuthProfileFile`` resolves them,
/// by the same ``SecretResolver``: when a revision is read, and, for a change this process writes,
/// with the values resolved before.
public final class PostgresAuthStore: AuthStateStore {
  /// The connection the statements go through.
  public let connection: PostgresConnection
  /// The agent whose auth state this is.
  public let agent: String
  /// Resolves the references of the profiles and of the config; nil leaves them unresolved.
  public let secrets: SecretResolver?
  private let cache = Mutex(Cached())

  private struct Cached {
    /// The revision `store` holds; 0 when the agent has no row, -1 before the first read.
    var revision: Int64 = -1
    var store = AuthStore()
    /// Whether a snapshot read the revision for the turn about to ask for `current()`.
    var fresh = false
  }

  public init(connection: PostgresConnection, agent: String, secrets: SecretResolver? = nil) {
    self.connection = connection
    self.agent = agent
    self.secrets = secrets
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
      store = resolved(AuthStore(), keepingThoseOf: nil)
    } else if let document {
      store = try parsed(document, keepingThoseOf: nil)
    } else {
      // Another call moved the kept revision since the statement was sent: read it whole.
      return try accept(revision: revision, document: self.document(), fresh: fresh)
    }
    cache.withLock { $0 = Cached(revision: revision, store: store, fresh: fresh) }
  }

  @discardableResult
  public func update<Result>(_ body: (inout AuthStore) throws -> Result, alongside: (AuthStore) throws -> Void)
    throws -> Result
  {
    // A first write of the agent races with another instance's: the loser applies `body` again
    // to what the winner wrote.
    while true {
      do {
        let (result, written) = try connection.transaction { session -> (Result, (Int64, AuthStore)?) in
          let row = try session.query(
            "SELECT revision, CASE WHEN revision <> $2::bigint THEN document::text END FROM auth_store"
              + " WHERE agent = $1 FOR UPDATE", [agent, String(cachedRevision)]
          ).first
          let revision = row?[0].flatMap { Int64($0) } ?? 0
          var store = try stored(revision: revision, document: row?[1] ?? nil, session: session)
          let before = store.revision
          let result = try body(&store)
          // Before the document: a failure of either leaves both unwritten, whichever it is.
          try alongside(store)
          guard store.revision != before else { return (result, nil) }
          let document = store.serialized()
          if revision == 0 {
            let inserted = try session.command(
              "INSERT INTO auth_store (agent, revision, document, changed_by) VALUES ($1, 1, $2, $3)"
                + " ON CONFLICT (agent) DO NOTHING", [agent, document, Self.changedBy])
            guard inserted == 1 else { throw FirstWriteRace() }
          } else {
            try session.command(
              "UPDATE auth_store SET revision = $2, document = $3, changed_at = now(), changed_by = $4 WHERE agent = $1",
              [agent, String(revision + 1), document, Self.changedBy])
          }
          return (result, (revision + 1, store))
        }
        if let (revision, store) = written { cache.withLock { $0 = Cached(revision: revision, store: store) } }
        return result
      } catch is FirstWriteRace {
        continue
      }
    }
  }

  /// Another instance wrote the agent's first document between this one's read and its insert.
  private struct FirstWriteRace: Error {}

  /// Replaces the agent's document with `bytes` as they are, after checking that they parse as
  /// `auth-profiles.json` does: what `auth import` stores, so that an export gives the same bytes.
  public func replaceDocument(with bytes: [UInt8], path: String) throws {
    let imported = resolved(try AuthStore(parsing: bytes, path: path), keepingThoseOf: nil)
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

  /// The store of `revision`: the one kept when it is that revision, else `document` parsed, with
  /// the references resolved before kept.
  private func stored(revision: Int64, document: String?, session: PostgresSession) throws -> AuthStore {
    let kept = cache.withLock { $0 }
    if revision == 0 { return resolved(AuthStore(), keepingThoseOf: kept.store) }
    if let document { return try parsed(document, keepingThoseOf: kept.store) }
    if kept.revision == revision { return kept.store }
    let row = try session.query("SELECT document::text FROM auth_store WHERE agent = $1", [agent]).first
    guard let whole = row?[0] else { return resolved(AuthStore(), keepingThoseOf: kept.store) }
    return try parsed(whole, keepingThoseOf: kept.store)
  }

  /// A document as a store, its references resolved (those `previous` resolved kept as they are).
  private func parsed(_ document: String, keepingThoseOf previous: AuthStore?) throws -> AuthStore {
    resolved(try AuthStore(parsing: Array(document.utf8), path: location), keepingThoseOf: previous)
  }

  private func resolved(_ store: AuthStore, keepingThoseOf previous: AuthStore?) -> AuthStore {
    secrets?.resolving(store, keepingThoseOf: previous) ?? store
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
