import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

@Suite struct SQLiteSessionStoreTests {
  static let pins = SessionPins(
    model: "openrouter/moonshotai/kimi-k2", profile: "openrouter:team", profileSource: .auto,
    updatedAt: 1_764_064_800_000)

  /// The path of `pins.sqlite` in a new state folder, whose sessions folder does not exist yet.
  static func databasePath() throws -> String {
    StateLayout(folder: try TemporaryFolder.make().path, agent: "main").pinsDatabase
  }

  @Test func keepsPinsForTheNextProcess() throws {
    let path = try Self.databasePath()
    try SQLiteSessionStore(path: path).save(Self.pins, for: "main")
    let reopened = SQLiteSessionStore(path: path)
    #expect(try reopened.pins(for: "main") == Self.pins)
    #expect(try reopened.allPins().map(\.session) == ["main"])
  }

  @Test func createsAPrivateDatabaseInAPrivateFolder() throws {
    let path = try Self.databasePath()
    let store = SQLiteSessionStore(path: path)
    try store.save(Self.pins, for: "main")
    #expect(StateFile.permissions(of: path) == 0o600)
    #expect(StateFile.permissions(of: path + "-wal") == 0o600)
    #expect(StateFile.permissions(of: (path as NSString).deletingLastPathComponent) == 0o700)
  }

  @Test func writesAheadInALogSoReadersNeverWait() throws {
    let path = try Self.databasePath()
    try SQLiteSessionStore(path: path).save(Self.pins, for: "main")
    let header = try #require(FileManager.default.contents(atPath: path))
    // Bytes 18 and 19 of a SQLite file are 2 when the database is in WAL mode.
    #expect(header.count >= 20 && header[18] == 2 && header[19] == 2)
  }

  @Test func readsAMissingDatabaseWithoutCreatingIt() throws {
    let path = try Self.databasePath()
    let store = SQLiteSessionStore(path: path)
    #expect(try store.pins(for: "main") == nil)
    #expect(try store.allPins().isEmpty)
    try store.removePins(for: "main")
    try store.save(SessionPins(updatedAt: 1), for: "main")
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
  }

  @Test func readsWithoutWritingToTheDatabase() throws {
    let path = try Self.databasePath()
    try SQLiteSessionStore(path: path).save(Self.pins, for: "main")
    let before = try #require(FileManager.default.contents(atPath: path))
    let reader = SQLiteSessionStore(path: path)
    #expect(try reader.pins(for: "main") == Self.pins)
    #expect(FileManager.default.contents(atPath: path) == before)
    let log = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
    #expect(log == 0)
  }

  @Test func reportsADamagedFileAndLeavesIt() throws {
    let path = try Self.databasePath()
    try StateFile.writeAtomically(Array(repeating: UInt8(ascii: "x"), count: 4096), to: path)
    let store = SQLiteSessionStore(path: path)
    let error = try #require(throws: SessionStoreError.self) { try store.pins(for: "main") }
    #expect(error == .damagedDatabase(path: path))
    #expect(error.description == "\(path): not a pins database, or damaged; move it away to start with no pins")
    #expect(FileManager.default.contents(atPath: path) == Data(repeating: UInt8(ascii: "x"), count: 4096))
  }

  @Test func losesNoPinsWhenTwoProcessesWriteAtOnce() throws {
    let path = try Self.databasePath()
    let reports = try ConcurrentWriters.run(kind: .sqlite, path: path, prefixes: ["a", "b"], count: 400)
    ConcurrentWriters.expectCleanOverlappingRun(reports)
    let all = try SQLiteSessionStore(path: path).allPins()
    #expect(ConcurrentWriters.lostSessions(prefixes: ["a", "b"], count: 400, in: all) == [])
    #expect(all.count == 800)
  }
}
