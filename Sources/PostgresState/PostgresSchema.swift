/// modelpin's tables and their versions: each new connection checks the recorded version, and
/// the first instance that finds it behind applies the missing migrations while the others wait
/// on an advisory lock, then find them done.
enum PostgresSchema {
  /// The migrations, in order; version N is the first N applied. Never edit one that shipped.
  static let migrations = [
    """
    CREATE TABLE session_pins (
      agent text COLLATE "C" NOT NULL,
      session text COLLATE "C" NOT NULL,
      model text,
      profile text,
      profile_source text CHECK (profile_source IN ('user', 'auto')),
      updated_at bigint,
      version bigint NOT NULL DEFAULT 1,
      PRIMARY KEY (agent, session)
    );
    CREATE TABLE auth_store (
      agent text COLLATE "C" NOT NULL PRIMARY KEY,
      revision bigint NOT NULL,
      document json NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now(),
      changed_by text
    )
    """
  ]

  /// The version this build writes and reads.
  static var latestVersion: Int { migrations.count }

  /// The version the database records; 0 when the schema or its tables do not exist yet.
  static func recordedVersion(_ session: PostgresSession, url: DatabaseURL) throws(PostgresError) -> Int {
    let table = try session.query("SELECT to_regclass($1) IS NOT NULL", [url.quotedSchema + ".schema_version"])
    guard table.first?.first == "t" else { return 0 }
    return try session.query("SELECT max(version) FROM schema_version").first?.first?.flatMap { Int($0) } ?? 0
  }

  /// Brings the schema up to date, or refuses a database a newer modelpin migrated; returns the
  /// version it was at.
  @discardableResult
  static func prepare(_ session: PostgresSession, url: DatabaseURL) throws(PostgresError) -> Int {
    let version = try recordedVersion(session, url: url)
    try refuseNewer(version, url: url)
    guard version < latestVersion else { return version }
    try session.command("BEGIN")
    do {
      // Instances starting together take turns here; the later ones find the work done.
      try session.query("SELECT pg_advisory_xact_lock(hashtext($1))", ["modelpin migration " + url.schema])
      try session.execute(
        """
        CREATE SCHEMA IF NOT EXISTS \(url.quotedSchema);
        CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, migrated_at timestamptz NOT NULL)
        """)
      let current = try recordedVersion(session, url: url)
      try refuseNewer(current, url: url)
      for (index, migration) in migrations.enumerated().dropFirst(current) {
        try session.execute(migration)
        try session.command("INSERT INTO schema_version VALUES ($1, now())", [String(index + 1)])
      }
      try session.command("COMMIT")
      return current
    } catch {
      if !session.isBroken { _ = try? session.command("ROLLBACK") }
      throw error
    }
  }

  static func refuseNewer(_ version: Int, url: DatabaseURL) throws(PostgresError) {
    guard version > latestVersion else { return }
    throw PostgresError(
      server: url.display,
      message: "schema \(url.schema) is at version \(version), newer than this modelpin knows (\(latestVersion));"
        + " upgrade modelpin")
  }
}
