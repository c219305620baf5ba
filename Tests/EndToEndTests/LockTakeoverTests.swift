import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// A process that takes over the lock of a dead owner removes the owner's temporary files before
/// it removes the lock: killed in between, it leaves the lock to the next taker, never a
/// temporary file that nobody will remove.
@Suite struct LockTakeoverTests {
  @Test func aTakerKilledAtItsFirstUnlinkLeavesNoTemporaryFile() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let authFile = StateLayout(folder: folder.path, agent: "main").authProfilesFile
    let dead = try Self.pidOfAnExitedProcess()
    let lock = FileLock.lockPath(for: authFile)
    try Data(#"{"pid":\#(dead),"createdAt":"2026-11-24T10:00:00.000Z"}"#.utf8).write(to: URL(fileURLWithPath: lock))
    let folderPath = URL(fileURLWithPath: authFile).deletingLastPathComponent().path
    let temporary = folderPath + "/.auth-profiles.json.\(dead).12345.tmp"
    try Data("{}".utf8).write(to: URL(fileURLWithPath: temporary))

    // strace holds the taker at its first unlink, where the test kills it.
    let taker = try PipedProcess(
      URL(fileURLWithPath: "/usr/bin/strace"),
      [
        "-f", "-o", "/dev/null", "-e", "trace=unlink", "-e", "inject=unlink:delay_exit=5000000:when=1",
        try ModelPinBinary.url().path, "auth", "cooldown", "clear", "--provider", "anthropic",
        "--state-dir", folder.path,
      ],
      environment: environment)
    try Self.waitUntil("the taker's first unlink") {
      !FileManager.default.fileExists(atPath: temporary) || !FileManager.default.fileExists(atPath: lock)
    }
    let modelpin = try #require(Self.children(of: taker.processIdentifier).first, "strace started no modelpin")
    kill(modelpin, SIGKILL)
    _ = try taker.exitStatus()
    #expect(!FileManager.default.fileExists(atPath: temporary), "the dead owner's temporary file was left behind")
  }

  /// The pid of a process that has exited (and was waited for).
  static func pidOfAnExitedProcess() throws -> Int32 {
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  /// The processes `pid` started, from /proc.
  static func children(of pid: Int32) -> [Int32] {
    let path = "/proc/\(pid)/task/\(pid)/children"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap { Int32($0) }
  }

  static func waitUntil(_ what: String, _ check: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      if check() { return }
      Thread.sleep(forTimeInterval: 0.005)
    }
    throw FixtureError("waited 30 s for \(what)")
  }
}
