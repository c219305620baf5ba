import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `FileLock`: OpenClaw's lock-file protocol, with take-over of locks whose owner died.
@Suite struct FileLockConcurrencyTests {
  private static func paths() throws -> (file: String, lock: String) {
    let file = try TemporaryFolder.make().appendingPathComponent("agents/main/agent/auth-profiles.json").path
    return (file, file + ".lock")
  }

  /// A pid no process has: a child that ran and was reaped.
  private static func deadPID() throws -> Int32 {
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  private static func writeLock(_ lock: String, pid: Int32, age: TimeInterval = 0) throws {
    try FileManager.default.createDirectory(
      atPath: (lock as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(#"{"pid":\#(pid),"createdAt":"2026-11-24T10:00:00.000Z"}"#.utf8).write(to: URL(fileURLWithPath: lock))
    if age > 0 {
      try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: lock)
    }
  }

  @Test func holdsAPrivateLockFileNamingItsOwnerAndRemovesItAfter() throws {
    let (file, lock) = try Self.paths()
    let owner = try FileLock.withExclusiveLock(for: file) { () throws -> JSONValue in
      #expect(StateFile.permissions(of: lock) == 0o600)
      return try JSONValue.parse(String(contentsOfFile: lock, encoding: .utf8))
    }
    #expect(owner["pid"]?.int64Value == Int64(getpid()))
    let createdAt = try #require(owner["createdAt"]?.stringValue)
    #expect(createdAt.count == 24 && createdAt.hasSuffix("Z"), "\(createdAt)")
    #expect(!FileManager.default.fileExists(atPath: lock))
  }

  @Test func takesOverAtOnceALockWhoseOwnerIsDead() throws {
    let (file, lock) = try Self.paths()
    try Self.writeLock(lock, pid: try Self.deadPID())
    let waited = try ContinuousClock().measure {
      try FileLock.withExclusiveLock(for: file, timeout: .seconds(5)) {}
    }
    #expect(waited < .seconds(1))
    #expect(!FileManager.default.fileExists(atPath: lock))
  }

  @Test func takesOverAtOnceALockWhoseOwnerIsAnUnreapedZombie() throws {
    // A bridge that has not reaped its SIGKILLed modelpin yet: the pid exists, the process is gone.
    var pid: pid_t = 0
    var arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { free(arguments[0]) }
    #expect(posix_spawn(&pid, "/bin/true", nil, nil, &arguments, environ) == 0)
    defer { waitpid(pid, nil, 0) }
    let deadline = Date().addingTimeInterval(5)
    while (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.contains(") Z ") != true,
      Date() < deadline
    {
      usleep(1_000)
    }
    let (file, lock) = try Self.paths()
    try Self.writeLock(lock, pid: pid)
    let waited = try ContinuousClock().measure {
      try FileLock.withExclusiveLock(for: file, timeout: .seconds(5)) {}
    }
    #expect(waited < .seconds(1))
  }

  @Test func removesTheTemporaryFileADeadOwnerWasWriting() throws {
    let (file, lock) = try Self.paths()
    let dead = try Self.deadPID()
    try Self.writeLock(lock, pid: dead)
    let folder = (file as NSString).deletingLastPathComponent
    let left = "\(folder)/.auth-profiles.json.\(dead).12345.tmp"
    let someoneElses = "\(folder)/.auth-profiles.json.1.12345.tmp"
    try Data("{".utf8).write(to: URL(fileURLWithPath: left))
    try Data("{".utf8).write(to: URL(fileURLWithPath: someoneElses))
    try FileLock.withExclusiveLock(for: file, timeout: .seconds(5)) {}
    #expect(!FileManager.default.fileExists(atPath: left))
    #expect(FileManager.default.fileExists(atPath: someoneElses))
  }

  @Test func takesOverALockOlderThanThirtySecondsWhoeverOwnsIt() throws {
    let (file, lock) = try Self.paths()
    try Self.writeLock(lock, pid: 1, age: 31)
    try FileLock.withExclusiveLock(for: file, timeout: .seconds(5)) {}
    #expect(!FileManager.default.fileExists(atPath: lock))
  }

  @Test func waitsForALiveOwnerThenGivesUpNamingIt() throws {
    let (file, lock) = try Self.paths()
    try Self.writeLock(lock, pid: 1)
    #expect {
      try FileLock.withExclusiveLock(for: file, timeout: .milliseconds(300)) {}
    } throws: { error in
      // Named with its command when it runs (pid 1 always does).
      let timeout = error as? FileLockTimeout
      return timeout?.lockPath == lock && timeout?.owner == 1 && timeout?.ownerCommand?.isEmpty == false
    }
    #expect(FileManager.default.fileExists(atPath: lock), "a live owner's lock was removed")
  }

  @Test func neverTakesOverALockAModelpinProcessStillHolds() throws {
    // A holder keeps a kernel lock on its lock file: whatever the file says, it is alive.
    let (file, lock) = try Self.paths()
    try Self.writeLock(lock, pid: try Self.deadPID(), age: 60)
    let descriptor = open(lock, O_RDONLY)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX) == 0)
    #expect(throws: FileLockTimeout.self) {
      try FileLock.withExclusiveLock(for: file, timeout: .milliseconds(300)) {}
    }
    #expect(FileManager.default.fileExists(atPath: lock))
  }

  @Test func leavesInPlaceALockThatOpenClawTookOver() throws {
    let (file, lock) = try Self.paths()
    try FileLock.withExclusiveLock(for: file) {
      // OpenClaw found our lock stale and made its own.
      unlink(lock)
      try Self.writeLock(lock, pid: 1)
    }
    #expect(try String(contentsOfFile: lock, encoding: .utf8).contains(#""pid":1,"#))
  }

  @Test func letsOneThreadInAtATime() async throws {
    let (file, _) = try Self.paths()
    try StateFile.writeAtomically(Array("0".utf8), to: file)
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<8 {
        group.addTask {
          for _ in 0..<40 {
            try? FileLock.withExclusiveLock(for: file) {
              let count = Int(String(decoding: try StateFile.read(file) ?? [], as: UTF8.self)) ?? -1_000
              try StateFile.writeAtomically(Array(String(count + 1).utf8), to: file)
            }
          }
        }
      }
    }
    #expect(try StateFile.read(file) == Array("320".utf8))
  }
}
