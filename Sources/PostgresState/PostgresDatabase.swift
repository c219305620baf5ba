import AuthProfiles

/// The state of one agent in a database: one connection, and the session and auth stores on it,
/// linked so that a turn's snapshot also tells the auth store whether the auth state moved.
public final class PostgresDatabase: Sendable {
  /// The connection both stores use.
  public let connection: PostgresConnection
  /// The agent's auth profiles, orders, `lastGood` and `usageStats`.
  public let auth: PostgresAuthStore
  /// The agent's session pins.
  public let sessions: PostgresSessionStore

  /// The stores of `agent` on the database of `url`, the auth store resolving secret references
  /// with `secrets`; nothing is connected until the first request.
  public init(url: DatabaseURL, agent: String, secrets: SecretResolver? = nil) {
    connection = PostgresConnection(url: url)
    auth = PostgresAuthStore(connection: connection, agent: agent, secrets: secrets)
    sessions = PostgresSessionStore(connection: connection, agent: agent, auth: auth)
  }
}
