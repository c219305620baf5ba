import Foundation
import ModelPinTestSupport

/// A terminal a person types into: a tmux server of its own (socket in the test's folder, no
/// config) with one 120×40 window running the built `modelpin` with only the given variables.
///
/// After modelpin exits, the window shows `exited with <status>` and `stty -a`, so a test can see
/// the exit status and whether the terminal was put back in its normal mode.
///
/// The server runs in the foreground (`-D`) as this process's child and clients never start one
/// (`-N`): waiting (with Foundation's `Process`) for a client that forks a daemonized server
/// never ended. The server starts with no signal blocked.
final class ReplTerminal {
  private let socket: String
  private let server = Process.child()

  /// Starts `modelpin arguments…` in a new tmux server whose socket lives in `folder`.
  init(_ arguments: [String], environment: [String: String], folder: URL) throws {
    socket = folder.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8))").path
    server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    server.arguments = ["tmux", "-u", "-D", "-f", "/dev/null", "-S", socket]
    server.environment = Self.clientEnvironment
    server.standardInput = FileHandle.nullDevice
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try Self.runWithNoSignalBlocked(server)
    let deadline = Date().addingTimeInterval(10)
    while (try? tmux(["set-option", "-g", "remain-on-exit", "on"])) == nil {
      guard Date() < deadline, server.isRunning else { throw FixtureError("tmux did not start (is it installed?)") }
      Thread.sleep(forTimeInterval: 0.05)
    }
    let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    // The shell ignores Ctrl-C, which is modelpin's to handle, and outlives it.
    let script = #"trap : INT; "$@"; echo "exited with $?"; stty -a"#
    try tmux(
      ["new-session", "-d", "-x", "120", "-y", "40", "env", "-i"] + variables
        + ["sh", "-c", script, "sh", try ModelPinBinary.url().path] + arguments)
  }

  deinit { close() }

  /// Ends the tmux server and everything running in it.
  func close() {
    guard server.isRunning else { return }
    _ = try? tmux(["kill-server"])
    let deadline = Date().addingTimeInterval(5)
    while server.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if server.isRunning { server.terminate() }
  }

  /// Types text as it is, key by key. It must not end with `;`, which tmux reads as the end of
  /// a command.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-l", "--", text])
  }

  /// Presses keys by tmux name: `Tab`, `Enter`, `BSpace`, `Up`, `Down`, `C-c`, `C-d`, `C-r`.
  func press(_ keys: String...) throws {
    try tmux(["send-keys"] + keys)
  }

  /// The lines shown since the start, without trailing blanks; with `colours`, SGR escapes too.
  func lines(colours: Bool = false) throws -> [String] {
    let text = try tmux(["capture-pane", "-p", "-J", "-S", "-"] + (colours ? ["-e"] : []))
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop(while: { $0 == " " }).reversed())
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// Waits until `condition` holds for the lines shown, polling; fails after `timeout` seconds
  /// with what the screen showed.
  @discardableResult
  func waitUntil(
    _ expectation: String, timeout: TimeInterval = 10, colours: Bool = false, _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let shown = try lines(colours: colours)
      if condition(shown) { return shown }
      guard Date() < deadline else {
        throw FixtureError(
          "waited \(Int(timeout)) s for \(expectation); the screen shows:\n" + shown.joined(separator: "\n"))
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// Waits until the line with the cursor (the last one shown) is `line`.
  func waitForLine(_ line: String, timeout: TimeInterval = 10) throws {
    try waitUntil("the last line to be \"\(line)\"", timeout: timeout) { $0.last == line }
  }

  /// Waits until some line shown contains `text`.
  @discardableResult
  func waitForText(_ text: String, timeout: TimeInterval = 10) throws -> [String] {
    try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains { $0.contains(text) } }
  }

  /// Starts `process` from a thread of its own that blocks no signal, since a child inherits the
  /// mask of the thread that spawns it, and the test runner's threads block nearly every signal:
  /// a tmux server started from one would ignore its panes' exits, `kill-server` and SIGTERM.
  private static func runWithNoSignalBlocked(_ process: Process) throws {
    let outcome = SpawnOutcome()
    let thread = Thread {
      var none = sigset_t()
      sigemptyset(&none)
      pthread_sigmask(SIG_SETMASK, &none, nil)
      do { try process.run() } catch { outcome.error = error }
      outcome.done.signal()
    }
    thread.start()
    outcome.done.wait()
    if let error = outcome.error { throw error }
  }

  /// This process's variables in UTF-8 and outside any tmux the tests were started from.
  private static var clientEnvironment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    environment.removeValue(forKey: "TMUX")
    return environment
  }

  /// Runs `tmux -S <socket> arguments…` and returns what it printed; fails when tmux does.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "-u", "-N", "-S", socket] + arguments
    process.environment = Self.clientEnvironment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readToEndAndClose()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0 else {
      throw FixtureError("tmux \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }
}

/// How starting a process on another thread went; `done` orders the write before the read.
private final class SpawnOutcome: @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  var error: (any Error)?
}
