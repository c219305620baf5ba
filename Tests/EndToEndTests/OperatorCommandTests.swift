import Foundation
import ModelPinTestSupport
import Testing

/// A copy of a state folder of `fixtures/state/` in a fresh home, and runs of the built binary on it.
struct StateSandbox {
  let home: URL
  let state: URL
  var environment: [String: String]

  /// A copy of `fixtures/state/<fixture>`; `extra` is added to a clean environment.
  init(_ fixture: String = "basic", environment extra: [String: String] = [:]) throws {
    home = try TemporaryFolder.make()
    state = try Fixtures.copyOfFolder("state/" + fixture, into: home)
    environment = ModelPinBinary.cleanEnvironment(home: home, extra: extra)
  }

  /// Runs `modelpin <arguments> --state-dir <state>`.
  func run(_ arguments: [String], stdin: String = "") throws -> BinaryResult {
    try ModelPinBinary.run(arguments + ["--state-dir", state.path], stdin: stdin, environment: environment)
  }

  /// The agent's auth-profiles.json.
  var authFile: URL { state.appendingPathComponent("agents/main/agent/auth-profiles.json") }

  /// The text of a file of the state folder, or nil when it does not exist.
  func text(_ relativePath: String) -> String? {
    try? String(contentsOf: state.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// Writes a file of the state folder, creating its folder.
  func write(_ text: String, to relativePath: String) throws {
    let url = state.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// Gives the state folder and its files of secrets private modes, as doctor wants them.
  func makePrivate() throws {
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: state.path)
    for file in [authFile.path, state.appendingPathComponent(".env").path]
    where FileManager.default.fileExists(atPath: file) {
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
    }
  }
}

/// A program run with pipes that the test writes to and reads from as it goes.
final class InteractiveProcess: @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let lock = NSLock()
  private var received = Data()
  private var isClosed = false

  /// Starts `executable`; standard error goes with standard output.
  init(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let handle = output.fileHandleForReading
    Thread { [self] in
      while true {
        let data = handle.availableData
        lock.withLock {
          if data.isEmpty { isClosed = true } else { received.append(data) }
        }
        if data.isEmpty { return }
      }
    }.start()
  }

  /// Writes to the program's standard input.
  func write(_ data: Data) {
    input.fileHandleForWriting.write(data)
  }

  /// Closes the program's standard input.
  func closeInput() throws {
    try input.fileHandleForWriting.close()
  }

  /// What the program printed so far.
  var text: String {
    lock.withLock { String(decoding: received, as: UTF8.self) }
  }

  /// Waits until the output holds `count` complete lines, and returns them.
  func lines(_ count: Int, timeout: TimeInterval = 30) throws -> [String] {
    try waitUntil(timeout: timeout, "\(count) lines") {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      return lines.count >= count ? lines.map(String.init) : nil
    }
  }

  /// Waits until the output contains `fragment`.
  func waitFor(_ fragment: String, timeout: TimeInterval = 30) throws {
    _ = try waitUntil(timeout: timeout, "\"\(fragment)\"") { text.contains(fragment) ? true : nil }
  }

  /// Waits for the program to exit and returns its status.
  func exitStatus(timeout: TimeInterval = 30) throws -> Int32 {
    _ = try waitUntil(timeout: timeout, "the exit") { process.isRunning ? nil : true }
    _ = try waitUntil(timeout: timeout, "the end of output") { lock.withLock { isClosed } ? true : nil }
    return process.terminationStatus
  }

  private func waitUntil<Value>(timeout: TimeInterval, _ what: String, _ check: () -> Value?) throws -> Value {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let value = check() { return value }
      Thread.sleep(forTimeInterval: 0.005)
    }
    process.terminate()
    throw FixtureError("waited \(timeout) s for \(what); output so far:\n\(text)")
  }
}

@Suite struct OperatorCommandTests {
  /// A secret of `fixtures/state/basic`, and one set in the environment.
  static let secrets = ["sk-ant-api03-WORKSECRET-0000000000000000", "sk-ant-api03-ENVSECRET-8888888888888888"]

  @Test func neverPrintsASecretWhole() throws {
    let sandbox = try StateSandbox("basic", environment: ["ANTHROPIC_API_KEY": Self.secrets[1]])
    let runs: [([String], String)] = [
      (["status"], ""), (["status", "--json"], ""), (["status", "--plain", "--check"], ""),
      (["auth", "list"], ""), (["auth", "list", "--json"], ""),
      (["auth", "order", "get", "--provider", "anthropic", "--json"], ""),
      (["auth", "order", "set", "--provider", "anthropic", "anthropic:work"], ""),
      (["auth", "paste-token", "--provider", "anthropic", "--profile-id", "anthropic:work"], Self.secrets[0]),
      (["auth", "setup-token", "--profile-id", "anthropic:work"], Self.secrets[0]),
      (["auth", "cooldown", "clear", "--provider", "anthropic"], ""),
      (["sessions", "list", "--json"], ""), (["sessions", "show", "main", "--json"], ""), (["doctor"], ""),
      (["serve", "--stdio"], #"{"id": 1, "text": "/model status"}"# + "\n"),
      (["replay", "--json"], "/model status\n"),
    ]
    for (arguments, stdin) in runs {
      let result = try sandbox.run(arguments, stdin: stdin)
      for secret in Self.secrets {
        #expect(!result.stdout.contains(secret), "stdout of \(arguments)")
        #expect(!result.stderr.contains(secret), "stderr of \(arguments)")
      }
    }
  }

  @Test(arguments: [
    ["status"], ["auth"], ["auth", "list"], ["auth", "order"], ["auth", "order", "get"], ["auth", "order", "set"],
    ["auth", "order", "clear"], ["auth", "paste-token"], ["auth", "setup-token"], ["auth", "cooldown"],
    ["auth", "cooldown", "clear"], ["sessions"], ["sessions", "list"], ["sessions", "show"], ["sessions", "clear"],
    ["doctor"], ["serve"],
  ])
  func explainsItselfWithAnExample(_ command: [String]) throws {
    let result = try ModelPinBinary.run(
      ["help"] + command, environment: ModelPinBinary.cleanEnvironment(home: TemporaryFolder.make()))
    #expect(result.status == 0)
    #expect(result.stdout.contains("\nExample:\n  "), "\(result.stdout)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func generatesShellCompletions(_ shell: String) throws {
    let result = try ModelPinBinary.run(
      ["--generate-completion-script", shell], environment: ModelPinBinary.cleanEnvironment(home: TemporaryFolder.make()))
    #expect(result.status == 0)
    for word in ["paste-token", "setup-token", "cooldown", "sessions", "doctor"] {
      #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
    }
  }
}
