import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The smaller troubles of a state folder, each said plainly (issue 14, item 15): doctor's words
/// for what is not a file, aliases a command could never reach, a full disk, and a lock file
/// whose pid another process now has.
@Suite struct StateTroubleTests {
  @Test func doctorNamesAFolderOrAFIFOInPlaceOfAFileOnceAndSaysToMoveIt() throws {
    let (folder, environment) = try HostileState.copy("basic")
    chmod(folder.path, 0o700)
    let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    unlink(auth)
    #expect(mkdir(auth, 0o755) == 0)
    let pins = folder.appendingPathComponent("agents/main/sessions/pins.sqlite").path
    try StateFile.createFolder(folder.appendingPathComponent("agents/main/sessions").path)
    #expect(mkfifo(pins, 0o644) == 0)
    let result = try ModelPinBinary.run(["doctor", "--state-dir", folder.path], environment: environment)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let authLine = try #require(
      lines.firstIndex { $0.hasSuffix("auth-profiles.json: cannot be read: is a folder, not a file") })
    #expect(lines[authLine + 1] == "  fix: move it away: modelpin reads only a regular file there")
    let pinsLine = try #require(
      lines.firstIndex { $0.hasSuffix("pins.sqlite: cannot be read: is a named pipe (FIFO), not a file") })
    #expect(lines[pinsLine + 1] == "  fix: move it away: modelpin reads only a regular file there")
    #expect(!result.stdout.contains("pins.sqlite: /"), "the path is said twice: \(result.stdout)")
    #expect(!result.stdout.contains("open to group or others"), "\(result.stdout)")
    let replay = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hi\n", environment: environment)
    #expect(!replay.stderr.contains("can be read by other users"), "\(replay.stderr)")
  }

  @Test func aliasesACommandCannotReachAreRefusedAndDoctorNamesThem() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let config = """
      { agents: { defaults: { models: {
        "anthropic/claude-haiku-4-5": { alias: "status" },
        "anthropic/claude-sonnet-4-5": { alias: "OpenAI" },
        "anthropic/claude-opus-4-6": { alias: "openai/gpt-5.2" },
        "openai/gpt-5.2": { alias: "2" },
      } } } }
      """
    try StateFile.writeAtomically(Array(config.utf8), to: folder.appendingPathComponent("openclaw.json").path)
    let replay = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hi\n", environment: environment)
    #expect(replay.status != 0)
    #expect(replay.stderr.contains("is also"), "\(replay.stderr)")
    let doctor = try ModelPinBinary.run(["doctor", "--state-dir", folder.path], environment: environment)
    for expected in [
      #"the alias "status" of anthropic/claude-haiku-4-5 is a word of the /model command"#,
      #"the alias "OpenAI" of anthropic/claude-sonnet-4-5 is also the name of the provider openai"#,
      #"the alias "openai/gpt-5.2" of anthropic/claude-opus-4-6 is also the ref of the model openai/gpt-5.2"#,
      #"the alias "2" of openai/gpt-5.2 is a word of the /model command"#,
    ] {
      #expect(doctor.stdout.contains(expected), "\(expected)\n\(doctor.stdout)")
    }
    #expect(doctor.stdout.components(separatedBy: "fix: rename the alias in agents.defaults.models").count == 5)
  }

  @Test(.enabled(if: StateFileKindTests.canMountReadOnly, "needs unshare to mount a small file system"))
  func sqliteOnAFullDiskSaysSo() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let binary = try ModelPinBinary.url().path
    // A 1 MiB tmpfs over the sessions folder, filled up, then a pin to write.
    let script = """
      mount -t tmpfs -o size=1m tmpfs "$1" && "$2" replay --persist --state-dir "$3" --session s </dev/null &&
      dd if=/dev/zero of="$1/fill" bs=4k 2>/dev/null; printf '/model sonnet\\n/model haiku\\n' |
      "$2" replay --persist --state-dir "$3" --session s
      """
    let sessions = folder.appendingPathComponent("agents/main/sessions")
    try StateFile.createFolder(sessions.path)
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-rm", "sh", "-c", script, "sh", sessions.path, binary, folder.path]
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readToEndAndClose(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text.contains("no space left on device"), "\(text)")
    #expect(!text.contains("disk I/O error"), "\(text)")
  }

  @Test func aLockFileWhosePidWasReusedIsTakenOver() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    // A live process that started after the lock file was written: the pid of a dead owner, reused.
    let lock = auth + ".lock"
    let sleeper = Process.child()
    sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
    sleeper.arguments = ["60"]
    try sleeper.run()
    defer { sleeper.terminate() }
    try StateFile.writeAtomically(Array(#"{"pid":\#(sleeper.processIdentifier),"createdAt":"x"}"#.utf8), to: lock)
    var times = [timeval(tv_sec: time(nil) - 5, tv_usec: 0), timeval(tv_sec: time(nil) - 5, tv_usec: 0)]
    #expect(utimes(lock, &times) == 0)
    let started = Date()
    let result = try ModelPinBinary.run(
      ["auth", "order", "set", "--provider", "anthropic", "anthropic:work", "--state-dir", folder.path],
      environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Date().timeIntervalSince(started) < 8)
    #expect(access(lock, F_OK) != 0)
  }

  @Test func aLockTimeoutNamesTheProcessThatHoldsIt() {
    let timeout = FileLockTimeout(lockPath: "/s/a.lock", owner: 42, ownerCommand: "node", waited: .seconds(10))
    #expect(timeout.reason.hasPrefix("locked by process 42 (node) for over 10 s"))
  }
}
