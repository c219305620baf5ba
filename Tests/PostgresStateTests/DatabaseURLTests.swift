import PostgresState
import Testing

/// `--database` text: what reaches libpq, the schema, and the server named without its password.
@Suite struct DatabaseURLTests {
  @Test func masksThePasswordOfAURL() throws {
    let url = try DatabaseURL("postgres://bridge:s3cret@db.example:6543/state")
    #expect(url.display == "postgresql://bridge:***@db.example:6543/state")
    #expect(!url.display.contains("s3cret"))
    #expect(url.schema == "modelpin")
  }

  @Test func masksThePasswordOfAConnectionString() throws {
    let url = try DatabaseURL("host=db user=bridge password='s3 cret' dbname=state schema=team_a")
    #expect(url.display == "postgresql://bridge:***@db/state?schema=team_a")
    #expect(url.schema == "team_a")
  }

  @Test func takesTheSchemaOutOfAURL() throws {
    let url = try DatabaseURL("postgresql:///state?host=%2Ftmp%2Fpg&schema=team%20b&user=bridge")
    #expect(url.schema == "team b")
    #expect(url.display == "postgresql://bridge@/tmp/pg/state?schema=team b")
  }

  @Test func refusesTextThatIsNoConnectionString() {
    #expect(throws: PostgresError.self) { try DatabaseURL("postgres://db/state?sslmode") }
    #expect(throws: PostgresError.self) { try DatabaseURL("postgres://db/state?schema=") }
  }
}
