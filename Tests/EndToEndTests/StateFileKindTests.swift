import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What stands in place of a state file: a FIFO hangs no command, a symbolic link or another
/// user's file is not written through, and a read-only folder can still be read (spec §2).
@Suite struct StateFileKindTests {
  /// The state files, with the session store that reads each.
  static let files = [
    ("agents/main/agent/auth-profiles.json", "sqlite"), ("openclaw.json", "sqlite"), (".env", "sqlite"),
    ("agents/main/sessions/sessions.json", "json"), ("agents/main/sessions/pins.sqlite", "sqlite"),
  ]

  @Test(arguments: 0..<5)
  func aFIFOInPlaceOfAStateFileIsNamedAndHangsNothing(_ index: Int) throws {
    let (file, sessions) = Self.files[index]
    let (folder, environment) = try HostileState.copy("basic")
    let path = folder.appendingPathComponent(file).path
    try StateFile.createFolder(folder.appendingPathComponent(file).deletingLastPathComponent().path)
    unlink(path)
    #expect(mkfifo(path, 0o600) == 0)
    let state = ["--state-dir", folder.path, "--sessions", sessions]
    for command in [["doctor"], ["status"], ["sessions", "list"], ["replay"], ["serve", "--stdio"]] {
      let input = command == ["serve", "--stdio"] ? HostileState.request(id: 1, session: "main", text: "hello") : "hi"
      let result = try ModelPinBinary.run(command + state, stdin: input + "\n", environment: environment, timeout: 15)
      let output = result.stdout + result.stderr
      // status and sessions list read only some of the files.
      if command == ["status"] && file.hasPrefix("agents/main/sessions")
        || command == ["sessions", "list"]
          && !file.hasPrefix("agents/main/sessions") && file != "openclaw.json"
      {
        continue
      }
      #expect(output.contains("is a named pipe (FIFO), not a file"), "\(command) with \(file): \(output)")
      #expect(output.contains((file as NSString).lastPathComponent), "\(command) with \(file): \(output)")
    }
  }

  /// A SQLite database outside the state folder, with a table of its own.
  private func otherDatabase(in folder: URL) throws -> String {
    let path = folder.deletingLastPathComponent().appendingPathComponent("other.sqlite").path
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--sessions", "sqlite", "--state-dir", folder.deletingLastPathComponent().path + "/o"],
      stdin: HostileState.request(id: 1, session: "elsewhere", text: "/model haiku") + "\n",
      environment: ModelPinBinary.cleanEnvironment(home: folder.deletingLastPathComponent()))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(rename(folder.deletingLastPathComponent().path + "/o/agents/main/sessions/pins.sqlite", path) == 0)
    return path
  }

  @Test func aSymbolicLinkInPlaceOfPinsSqliteIsRefused() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let other = try otherDatabase(in: folder)
    let before = try #require(try StateFile.read(other))
    let missing = folder.deletingLastPathComponent().appendingPathComponent("missing.sqlite").path
    let pins = folder.appendingPathComponent("agents/main/sessions/pins.sqlite").path
    try StateFile.createFolder(folder.appendingPathComponent("agents/main/sessions").path)
    for target in [other, missing] {
      unlink(pins)
      #expect(symlink(target, pins) == 0)
      // basic holds openclaw.json, whose default store is sessions.json: SQLite is asked for.
      for command in [
        ["replay", "--persist", "--sessions", "sqlite"], ["sessions", "list", "--sessions", "sqlite"],
        ["doctor", "--sessions", "sqlite"],
      ] {
        let result = try ModelPinBinary.run(
          command + ["--state-dir", folder.path], stdin: "/model sonnet\n", environment: environment)
        let output = result.stdout + result.stderr
        // doctor says "pins.sqlite: cannot be read: is a symbolic link…".
        #expect(
          output.contains("pins.sqlite: is a symbolic link")
            || output.contains("pins.sqlite: cannot be read: is a symbolic link"),
          "\(command): \(output)")
      }
    }
    #expect(try StateFile.read(other) == before, "the database the link points to was changed")
    #expect(access(missing, F_OK) != 0, "a file was created where the link points")
    #expect(access(other + "-wal", F_OK) != 0)
  }

  @Test(.enabled(if: geteuid() == 0, "needs root to give a file to another user"))
  func pinsSqliteOfAnotherUserIsRefused() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let seeded = try ModelPinBinary.run(
      ["replay", "--persist", "--sessions", "sqlite", "--state-dir", folder.path], stdin: "/model sonnet\n",
      environment: environment)
    #expect(seeded.status == 0, "\(seeded.stderr)")
    let pins = folder.appendingPathComponent("agents/main/sessions/pins.sqlite").path
    #expect(chown(pins, 4242, 4242) == 0)
    let result = try ModelPinBinary.run(
      ["replay", "--persist", "--sessions", "sqlite", "--state-dir", folder.path], stdin: "/model haiku\n",
      environment: environment)
    #expect(result.stdout.contains("pins.sqlite: belongs to user 4242"), "\(result.stdout)\(result.stderr)")
  }

  /// Whether this machine lets a process mount a read-only view of a folder (a user namespace).
  static let canMountReadOnly: Bool = {
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-rm", "sh", "-c", "mount --bind /tmp /tmp"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// Runs modelpin with `folder` mounted read-only, in a mount namespace of its own.
  private func runReadOnly(_ folder: URL, _ arguments: [String], stdin: String, environment: [String: String]) throws
    -> BinaryResult
  {
    let script = "mount --bind \"$1\" \"$1\" && mount -o remount,ro,bind \"$1\" \"$1\" && shift && exec \"$@\""
    return try ModelPinBinary.run(
      arguments, stdin: stdin, environment: environment,
      wrapper: ["/usr/bin/unshare", "-rm", "sh", "-c", script, "sh", folder.path])
  }

  @Test(.enabled(if: canMountReadOnly, "needs unshare to mount a read-only folder"))
  func aReadOnlyStateFolderIsReadAndOnlyAWriteFails() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let seeded = try ModelPinBinary.run(
      ["replay", "--persist", "--sessions", "sqlite", "--state-dir", folder.path, "--session", "s"],
      stdin: "/model sonnet\n",
      environment: environment)
    #expect(seeded.status == 0, "\(seeded.stderr)")
    let state = ["--state-dir", folder.path, "--sessions", "sqlite"]
    let replay = try runReadOnly(
      folder, ["replay", "--session", "s"] + state, stdin: "/model status\nhello\n/model haiku\n",
      environment: environment)
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(!replay.stdout.contains("could not be read"), "\(replay.stdout)")
    #expect(replay.stdout.contains("sonnet"), "\(replay.stdout)")
    let list = try runReadOnly(folder, ["sessions", "list"] + state, stdin: "", environment: environment)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("s "), "\(list.stdout)")
    let show = try runReadOnly(folder, ["sessions", "show", "s"] + state, stdin: "", environment: environment)
    #expect(show.status == 0, "\(show.stderr)")
    let write = try runReadOnly(
      folder, ["replay", "--persist", "--session", "s"] + state, stdin: "/model haiku\n", environment: environment)
    #expect(write.stdout.contains("pins.sqlite: cannot write: read-only file system"), "\(write.stdout)")
  }
}
