import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// A `serve` process keeps the parsed auth-profiles.json while the file's signature is unchanged.
/// The signature must be that of the file it wrote: taken after releasing the lock, it could be
/// that of a file another process renamed into place in between, and the cache would then pair
/// the new signature with the old contents until the file changed again.
@Suite struct AuthCacheRaceTests {
  /// How long strace holds `serve` right after each `unlink`, the release of a lock.
  static let window: TimeInterval = 3

  @Test func aWriterBetweenUnlockAndStatIsSeenOnTheNextRequest() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let authFile = StateLayout(folder: folder.path, agent: "main").authProfilesFile
    let before = FileSignature(of: authFile)
    let modelpin = try ModelPinBinary.url()
    // The memory store writes no sessions.json, so the auth lock is the only one released.
    let serve = try PipedProcess(
      URL(fileURLWithPath: "/usr/bin/strace"),
      [
        "-f", "-o", "/dev/null", "-e", "trace=unlink", "-e", "inject=unlink:delay_exit=\(Int(Self.window * 1e6))",
        modelpin.path, "serve", "--stdio", "--state-dir", folder.path, "--sessions", "memory",
      ],
      environment: environment)
    serve.write(
      Data((HostileState.request(id: 1, session: "s1", outcome: "ok", profile: "anthropic:work") + "\n").utf8))
    try waitForRelease(of: authFile, changedFrom: before)
    let started = Date()
    let order = try ModelPinBinary.run(
      [
        "auth", "order", "set", "--state-dir", folder.path, "--provider", "anthropic", "anthropic:personal",
        "anthropic:work",
      ],
      environment: environment)
    #expect(order.status == 0, "\(order.stderr)")
    try #require(Date().timeIntervalSince(started) < Self.window, "auth order set ran past serve's held window")
    serve.write(Data((HostileState.request(id: 2, session: "s2", text: "hi") + "\n").utf8))
    try serve.closeInput()
    #expect(try serve.exitStatus() == 0)
    let reply = try #require(serve.text.split(separator: "\n").first { $0.contains(#""id":2"#) }, "\(serve.text)")
    #expect(reply.contains(#""profile":"anthropic:personal""#), "the next request routed on the old order")
  }

  /// Waits until the file is no longer `before` and its lock is gone: `serve` wrote it, released
  /// the lock, and is now held inside `unlink`.
  private func waitForRelease(of path: String, changedFrom before: FileSignature?) throws {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      if FileSignature(of: path) != before && !FileManager.default.fileExists(atPath: FileLock.lockPath(for: path)) {
        return
      }
      Thread.sleep(forTimeInterval: 0.005)
    }
    throw FixtureError("serve did not write \(path) within 30 s")
  }
}
