import AuthProfiles
import Foundation
import ModelPin
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

@testable import PostgresState

/// An outcome on PostgreSQL (spec §8): its auth change and the pin it rotates the session to
/// commit together, or neither does.
@Suite struct PostgresOutcomeTests {
  /// An interpreter on a new schema holding the basic fixture's auth-profiles.json, and the database.
  static func interpreter() throws -> (Interpreter, PostgresDatabase) {
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/basic", into: home)
    let options = WorkspaceOptions(stateFolder: folder.path, database: try PostgresTestServer.databaseURL())
    let workspace = try Workspace.load(options, processEnvironment: ["HOME": home.path])
    let database = try #require(workspace.database)
    let bytes = try #require(try StateFile.read(workspace.layout.authProfilesFile))
    try database.auth.replaceDocument(with: bytes, path: workspace.layout.authProfilesFile)
    let interpreter = try Interpreter(
      workspace: workspace, sessions: workspace.sessionStore(kind: .sqlite), auth: workspace.authState(persist: true))
    return (interpreter, database)
  }

  /// Makes every write of `table` fail, as a full disk or a broken constraint would.
  static func refuseWrites(of table: String, in database: PostgresDatabase) throws {
    try database.connection.run { session in
      try session.execute(
        """
        CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
        CREATE TRIGGER refuse BEFORE INSERT OR UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION refuse()
        """)
    }
  }

  static func allowWrites(of table: String, in database: PostgresDatabase) throws {
    try database.connection.run { try $0.execute("DROP TRIGGER refuse ON \(table)") }
  }

  static let now: Int64 = 1_795_514_400_000
  static let rateLimit = OutcomeReport(result: .rateLimit, profile: "anthropic:work")

  @Test func anOutcomeWhosePinWriteFailsLeavesTheAuthDocumentUnchanged() throws {
    let (interpreter, database) = try Self.interpreter()
    let before = try database.auth.document()
    try Self.refuseWrites(of: "session_pins", in: database)
    let reply = interpreter.record(Self.rateLimit, session: "main", at: Self.now)
    #expect(reply.error?.code == .stateUnavailable)
    #expect(reply.text.contains("refused by the test"))
    #expect(try database.auth.document() == before)
    try Self.allowWrites(of: "session_pins", in: database)
    #expect(interpreter.handle("hello", session: "main", at: Self.now).route?.profile == "anthropic:work")
  }

  @Test func anOutcomeWhoseAuthWriteFailsLeavesThePinsUnchanged() throws {
    let (interpreter, database) = try Self.interpreter()
    try Self.refuseWrites(of: "auth_store", in: database)
    let reply = interpreter.record(Self.rateLimit, session: "main", at: Self.now)
    #expect(reply.error?.code == .stateUnavailable)
    #expect(try database.sessions.pins(for: "main") == nil)
    try Self.allowWrites(of: "auth_store", in: database)
    #expect(interpreter.handle("hello", session: "main", at: Self.now).route?.profile == "anthropic:work")
  }

  @Test func anOutcomeSavesTheCooldownAndTheRotatedPinTogether() throws {
    let (interpreter, database) = try Self.interpreter()
    let reply = interpreter.record(Self.rateLimit, session: "main", at: Self.now)
    #expect(reply.ok)
    let rotated = try #require(reply.route?.profile)
    #expect(rotated != "anthropic:work")
    #expect(try database.sessions.pins(for: "main")?.profile == rotated)
    #expect(try database.auth.current().isUsable("anthropic:work", now: Self.now + 1) == false)
  }
}
