import AuthProfiles
import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

@testable import PostgresState

/// The auth state on PostgreSQL, as several instances (each its own connection) see it.
@Suite struct PostgresAuthStoreTests {
  /// After every cooldown the fixture holds.
  static let now: Int64 = 1_767_300_000_000

  /// Two instances on one new schema, the first holding the fixture's auth-profiles.json.
  static func twoInstances() throws -> (PostgresDatabase, PostgresDatabase, [UInt8]) {
    let url = try DatabaseURL(PostgresTestServer.databaseURL())
    let bytes = Array(try Fixtures.text("auth/auth-profiles.json").utf8)
    let first = PostgresDatabase(url: url, agent: "main")
    try first.auth.replaceDocument(with: bytes, path: "auth-profiles.json")
    return (first, PostgresDatabase(url: url, agent: "main"), bytes)
  }

  @Test func keepsAnImportedDocumentByteForByte() throws {
    let (first, second, bytes) = try Self.twoInstances()
    #expect(try second.auth.document().map { Array($0.utf8) } == bytes)
    #expect(try second.auth.current().profile("anthropic:work") != nil)
    _ = first
  }

  @Test func aCooldownOneInstanceRecordsIsSeenByTheOthersNextRead() throws {
    let (first, second, _) = try Self.twoInstances()
    #expect(try second.auth.current().isUsable("anthropic:work", now: Self.now))
    try first.auth.update {
      try $0.record(.rateLimit, profile: "anthropic:work", now: Self.now, settings: Config.CooldownSettings())
    }
    #expect(try second.auth.current().isUsable("anthropic:work", now: Self.now + 1) == false)
    // A turn's snapshot carries the new revision too.
    try first.auth.update { try $0.clearCooldowns(profile: "anthropic:work") }
    _ = try second.sessions.snapshot(of: "main")
    #expect(try second.auth.current().isUsable("anthropic:work", now: Self.now + 1))
  }

  @Test func losesNoCountWhenInstancesRecordAtOnce() async throws {
    let (first, second, _) = try Self.twoInstances()
    try await withThrowingTaskGroup { group in
      for index in 0..<40 {
        let instance = index % 2 == 0 ? first : second
        group.addTask {
          try instance.auth.update {
            try $0.record(.timeout, profile: "openai:default", now: Self.now, settings: Config.CooldownSettings())
          }
        }
      }
      try await group.waitForAll()
    }
    #expect(try first.auth.current().usage(of: "openai:default").failureCounts["timeout"] == 40)
  }

  /// Makes every write of `table` fail, as a full disk or a constraint would.
  static func refuseWrites(of table: String, in database: PostgresDatabase) throws {
    try database.connection.run { session in
      try session.execute(
        """
        CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
        CREATE TRIGGER refuse_\(table) BEFORE INSERT OR UPDATE OR DELETE ON \(table)
        FOR EACH ROW EXECUTE FUNCTION refuse()
        """)
    }
  }

  static let rotated = SessionPins(
    model: "anthropic/claude-sonnet-4-6", profile: "anthropic:personal", profileSource: .auto)

  @Test func anAuthChangeAndThePinWrittenAlongsideCommitTogether() throws {
    let (first, second, _) = try Self.twoInstances()
    try first.auth.update(
      { try $0.record(.rateLimit, profile: "anthropic:work", now: Self.now, settings: Config.CooldownSettings()) },
      alongside: { _ in try first.sessions.save(Self.rotated, for: "main") })
    #expect(try second.sessions.pins(for: "main") == Self.rotated)
    #expect(try second.auth.current().isUsable("anthropic:work", now: Self.now + 1) == false)
  }

  @Test func aPinWriteThatFailsLeavesTheAuthDocumentUnchanged() throws {
    let (first, second, bytes) = try Self.twoInstances()
    try Self.refuseWrites(of: "session_pins", in: first)
    #expect(throws: SessionStoreError.self) {
      try first.auth.update(
        { try $0.record(.rateLimit, profile: "anthropic:work", now: Self.now, settings: Config.CooldownSettings()) },
        alongside: { _ in try first.sessions.save(Self.rotated, for: "main") })
    }
    #expect(try second.auth.document().map { Array($0.utf8) } == bytes)
    #expect(try first.auth.current().isUsable("anthropic:work", now: Self.now + 1))
  }

  @Test func aPinThatChangedMeanwhileLeavesTheAuthDocumentUnchanged() throws {
    let (first, second, bytes) = try Self.twoInstances()
    try second.sessions.save(SessionPins(model: "openai/gpt-5.2"), for: "main")
    struct Conflict: Error {}
    #expect(throws: Conflict.self) {
      try first.auth.update(
        { try $0.record(.rateLimit, profile: "anthropic:work", now: Self.now, settings: Config.CooldownSettings()) },
        alongside: { _ in
          guard try first.sessions.save(Self.rotated, for: "main", ifUnchangedFrom: nil) else { throw Conflict() }
        })
    }
    #expect(try second.auth.document().map { Array($0.utf8) } == bytes)
    #expect(try second.sessions.pins(for: "main") == SessionPins(model: "openai/gpt-5.2"))
  }

  @Test func anAuthWriteThatFailsLeavesThePinWrittenAlongsideUnsaved() throws {
    let (first, second, bytes) = try Self.twoInstances()
    try Self.refuseWrites(of: "auth_store", in: first)
    #expect(throws: PostgresError.self) {
      try first.auth.update(
        { try $0.record(.rateLimit, profile: "anthropic:work", now: Self.now, settings: Config.CooldownSettings()) },
        alongside: { _ in try first.sessions.save(Self.rotated, for: "main") })
    }
    #expect(try second.sessions.pins(for: "main") == nil)
    #expect(try second.auth.document().map { Array($0.utf8) } == bytes)
  }

  @Test func aTransactionStartedAlongsideJoinsTheChangesTransaction() throws {
    let (first, second, bytes) = try Self.twoInstances()
    struct Refused: Error {}
    #expect(throws: Refused.self) {
      try first.auth.update(
        { try $0.record(.rateLimit, profile: "anthropic:work", now: Self.now, settings: Config.CooldownSettings()) },
        alongside: { _ in
          try first.auth.replaceDocument(with: Array(#"{"version": 1, "profiles": {}}"#.utf8), path: "other.json")
          throw Refused()
        })
    }
    #expect(try second.auth.document().map { Array($0.utf8) } == bytes)
  }

  @Test func aServerThatCannotBeReachedIsNamedWithoutItsPassword() throws {
    let url = try DatabaseURL("postgresql://bridge:s3cret@/state?host=/nonexistent-modelpin&connect_timeout=2")
    let database = PostgresDatabase(url: url, agent: "main")
    let error = try #require(throws: SessionStoreError.self) { try database.sessions.pins(for: "main") }
    #expect("\(error)".hasPrefix("postgresql://bridge:***@/nonexistent-modelpin/state: "))
    #expect(!"\(error)".contains("s3cret"))
    #expect(throws: PostgresError.self) { try database.auth.current() }
  }
}
