/// What `modelpin doctor` learns of a database (spec §8), read on a connection of its own that
/// changes nothing: a schema that is behind is reported, not migrated.
public struct DatabaseExamination: Sendable, Equatable {
  /// What keeps modelpin from using the database, each naming the server with its password masked.
  public var problems: [String] = []
  /// The schema's version when it is behind this modelpin's (0: not created yet); nil when it is not.
  public var versionBehind: Int?
  /// The agent's auth document as stored, when the schema is current and the agent has one.
  public var authDocument: String?

  /// The schema version this modelpin uses.
  public static var latestVersion: Int { PostgresSchema.latestVersion }

  /// An examination that found `problems`, and no schema or document.
  public init(problems: [String] = []) {
    self.problems = problems
  }
}

extension PostgresDatabase {
  /// The tables modelpin reads and writes.
  static let tables = ["session_pins", "auth_store"]

  /// Connects, reads the schema's version, checks that the role may read and write every table,
  /// and reads the agent's auth document; nothing is created or migrated.
  public func examine() -> DatabaseExamination {
    var examination = DatabaseExamination()
    let url = connection.url
    do {
      try connection.withUnpreparedSession { session in
        let version = try PostgresSchema.recordedVersion(session, url: url)
        try PostgresSchema.refuseNewer(version, url: url)
        guard version == PostgresSchema.latestVersion else {
          examination.versionBehind = version
          return
        }
        let rights = try session.query(
          "SELECT t, has_table_privilege(t, 'SELECT, INSERT, UPDATE, DELETE') FROM unnest($1::text[]) AS t",
          ["{" + Self.tables.joined(separator: ",") + "}"])
        examination.problems = rights.compactMap { row in
          row[1] == "t" ? nil : "\(url.display): the role may not read and write \(url.schema).\(row[0] ?? "")"
        }
        guard examination.problems.isEmpty else { return }
        examination.authDocument =
          try session.query("SELECT document::text FROM auth_store WHERE agent = $1", [auth.agent]).first?[0] ?? nil
      }
    } catch {
      examination.problems.append("\(error)")
    }
    return examination
  }

  /// Creates or migrates modelpin's tables now, as the first request of any command would, and
  /// returns the version the schema was at (0: it did not exist).
  ///
  /// - Throws: `PostgresError` naming the server when it cannot be reached, the role may not
  ///   create the tables, or a newer modelpin migrated the schema.
  public func migrate() throws -> Int {
    try connection.withUnpreparedSession { try PostgresSchema.prepare($0, url: connection.url) }
  }
}
