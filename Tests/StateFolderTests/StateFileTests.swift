import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

@Suite struct StateFileTests {
  @Test func writesPrivateFilesInPrivateFolders() throws {
    let root = try TemporaryFolder.make()
    let path = root.appendingPathComponent("a/b/auth-profiles.json").path
    try StateFile.writeAtomically(Array("{}".utf8), to: path)
    #expect(StateFile.permissions(of: path) == 0o600)
    #expect(StateFile.permissions(of: root.appendingPathComponent("a/b").path) == 0o700)
    #expect(try StateFile.read(path) == Array("{}".utf8))
  }

  @Test func replacesContentWithoutLeavingTemporaryFiles() throws {
    let root = try TemporaryFolder.make()
    let path = root.appendingPathComponent("file.json").path
    try StateFile.writeAtomically(Array("old".utf8), to: path)
    try StateFile.writeAtomically(Array("new".utf8), to: path)
    #expect(try StateFile.read(path) == Array("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["file.json"])
  }

  @Test func readsAMissingFileAsNil() throws {
    #expect(try StateFile.read("/nonexistent/modelpin/file") == nil)
  }

  @Test func refusesFilesOverTheSizeLimit() throws {
    let root = try TemporaryFolder.make()
    let path = root.appendingPathComponent("big").path
    try StateFile.writeAtomically([UInt8](repeating: 32, count: 2048), to: path)
    #expect(throws: StateFileError.self) { try StateFile.read(path, maximumBytes: 1024) }
  }

  @Test func runsTheBodyUnderTheLockAndReturnsItsResult() throws {
    let root = try TemporaryFolder.make()
    let path = root.appendingPathComponent("store.json").path
    let result = try FileLock.withExclusiveLock(for: path) {
      #expect(StateFile.permissions(of: path + ".lock") == 0o600)
      return 42
    }
    #expect(result == 42)
    // OpenClaw's protocol: the lock file exists only while the lock is held.
    #expect(StateFile.permissions(of: path + ".lock") == nil)
  }
}
