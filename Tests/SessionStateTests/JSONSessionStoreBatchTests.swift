import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

/// A batch of `sessions.json` changes: written once at its end (or when written so far), the lock
/// held from its first change, so that another writer can neither lose one nor slip one in between.
@Suite struct JSONSessionStoreBatchTests {
  private static let sonnet = SessionPins(model: "anthropic/claude-sonnet-4-5", updatedAt: 1)
  private static let gpt = SessionPins(model: "openai/gpt-5.2", updatedAt: 2)

  @Test func writesTheBatchsChangesOnceAtItsEnd() throws {
    let (path, _) = try JSONSessionStoreTests.openClawState()
    let store = JSONSessionStore(path: path)
    let other = JSONSessionStore(path: path)
    store.beginBatch()
    #expect(!store.hasUnwrittenChanges)
    #expect(try store.save(Self.sonnet, for: "a", ifUnchangedFrom: nil))
    #expect(try store.save(Self.gpt, for: "b", ifUnchangedFrom: nil))
    #expect(store.hasUnwrittenChanges)
    // This process reads its batch; the file does not hold it yet.
    #expect(try store.pins(for: "a")?.model == Self.sonnet.model)
    #expect(try JSONSessionStoreTests.entry("agent:main:a", in: path) == nil)
    try store.endBatch()
    #expect(!store.hasUnwrittenChanges)
    #expect(try other.pins(for: "a")?.model == Self.sonnet.model)
    #expect(try other.pins(for: "b")?.model == Self.gpt.model)
    // OpenClaw's sessions are still there.
    #expect(try other.pins(for: "telegram:dm:42")?.profile == "openai:personal")
  }

  @Test func holdsTheLockFromTheFirstChangeSoNoWriterSlipsIn() throws {
    let (path, _) = try JSONSessionStoreTests.openClawState()
    let store = JSONSessionStore(path: path)
    store.beginBatch()
    // A batch that changes nothing takes no lock.
    #expect(try FileLock.withExclusiveLock(for: path, timeout: .milliseconds(50)) { true })
    #expect(try store.save(Self.sonnet, for: "a", ifUnchangedFrom: nil))
    #expect(throws: FileLockTimeout.self) {
      try FileLock.withExclusiveLock(for: path, timeout: .milliseconds(50)) {}
    }
    try store.endBatch()
    #expect(try FileLock.withExclusiveLock(for: path, timeout: .milliseconds(50)) { true })
  }

  @Test func refusesAChangeWhenAnotherWriterChangedTheSessionBeforeTheBatchLockedIt() throws {
    let (path, _) = try JSONSessionStoreTests.openClawState()
    let store = JSONSessionStore(path: path)
    #expect(try store.snapshot(of: "a").own == nil)
    try JSONSessionStore(path: path).save(Self.gpt, for: "a")
    store.beginBatch()
    // The turn read no pins; the file holds some now: the turn must decide again.
    #expect(try !store.save(Self.sonnet, for: "a", ifUnchangedFrom: nil))
    #expect(try store.save(Self.sonnet, for: "a", ifUnchangedFrom: Self.gpt))
    #expect(try !store.save(Self.gpt, for: "a", ifUnchangedFrom: nil), "checked against the batch's own change")
    try store.endBatch()
    #expect(try JSONSessionStore(path: path).pins(for: "a")?.model == Self.sonnet.model)
  }

  @Test func aBatchThatCannotBeWrittenSaysSoAndKeepsNoneOfItsChanges() throws {
    let (path, original) = try JSONSessionStoreTests.openClawState()
    let store = JSONSessionStore(path: path)
    store.beginBatch()
    #expect(try store.save(Self.sonnet, for: "a", ifUnchangedFrom: nil))
    try withAFolderInPlace(of: path, restoring: original) {
      #expect(throws: SessionStoreError.self) { try store.endBatch() }
    }
    #expect(try store.pins(for: "a") == nil)
    #expect(try store.pins(for: "telegram:dm:42")?.profile == "openai:personal")
  }

  @Test func writesTheChangesSoFarAndGivesTheLockBackBeforeAnotherLockIsTaken() throws {
    let (path, _) = try JSONSessionStoreTests.openClawState()
    let store = JSONSessionStore(path: path)
    store.beginBatch()
    #expect(try store.save(Self.sonnet, for: "a", ifUnchangedFrom: nil))
    store.writeBatchSoFar()
    #expect(try JSONSessionStore(path: path).pins(for: "a")?.model == Self.sonnet.model)
    #expect(try FileLock.withExclusiveLock(for: path, timeout: .milliseconds(50)) { true })
    // The batch goes on: its next change takes the lock again.
    #expect(try store.save(Self.gpt, for: "b", ifUnchangedFrom: nil))
    #expect(throws: FileLockTimeout.self) {
      try FileLock.withExclusiveLock(for: path, timeout: .milliseconds(50)) {}
    }
    try store.endBatch()
    #expect(try JSONSessionStore(path: path).pins(for: "b")?.model == Self.gpt.model)
  }

  @Test func aWriteBeforeTheEndThatFailsIsSaidAtTheEnd() throws {
    let (path, original) = try JSONSessionStoreTests.openClawState()
    let store = JSONSessionStore(path: path)
    store.beginBatch()
    #expect(try store.save(Self.sonnet, for: "a", ifUnchangedFrom: nil))
    try withAFolderInPlace(of: path, restoring: original) { store.writeBatchSoFar() }
    #expect(try store.save(Self.gpt, for: "b", ifUnchangedFrom: nil))
    #expect(throws: SessionStoreError.self) { try store.endBatch() }
    #expect(try JSONSessionStore(path: path).pins(for: "a") == nil)
    #expect(try JSONSessionStore(path: path).pins(for: "b")?.model == Self.gpt.model, "written since the failure")
  }

  /// Runs `body` with a folder in the file's place, which a new file cannot be renamed over, even
  /// by root; then puts the original file back.
  private func withAFolderInPlace(of path: String, restoring original: Data, _ body: () throws -> Void) throws {
    try FileManager.default.removeItem(atPath: path)
    try URL(fileURLWithPath: path).writeFile("x", to: "in-the-way")
    try body()
    try FileManager.default.removeItem(atPath: path)
    try original.write(to: URL(fileURLWithPath: path))
  }
}
