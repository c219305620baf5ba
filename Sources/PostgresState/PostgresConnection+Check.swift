extension PostgresConnection {
  /// The tables modelpin reads and writes.
  static let tables = ["session_pins", "auth_store"]

  /// What `modelpin doctor` reports of the database: nothing when modelpin can connect, the
  /// schema is at the version it knows (migrated when behind), and the role may read and write
  /// every table; otherwise the problems, each naming the server with its password masked.
  public func problems() -> [String] {
    do {
      return try run { session in
        let rights = try session.query(
          "SELECT t, has_table_privilege(t, 'SELECT, INSERT, UPDATE, DELETE') FROM unnest($1::text[]) AS t",
          ["{" + Self.tables.joined(separator: ",") + "}"])
        return rights.compactMap { row in
          row[1] == "t"
            ? nil
            : "\(url.display): the role may not read and write \(url.schema).\(row[0] ?? "")"
        }
      }
    } catch {
      return ["\(error)"]
    }
  }
}
