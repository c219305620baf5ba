import Foundation

/// What a run of the built `modelpin` printed and how it exited.
public struct BinaryResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

/// Runs the built `modelpin` executable, as a user would.
public enum ModelPinBinary {
  /// The executable next to the test bundle (`swift build` puts both in one folder).
  public static func url() throws -> URL {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("modelpin") }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw FixtureError("no built modelpin next to \(folder.path): run `swift build` before `swift test`")
    }
    return found
  }

  /// An environment without provider keys or state variables of the machine, with `HOME` set.
  public static func cleanEnvironment(home: URL, extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter { key, _ in
      !key.hasSuffix("_API_KEY") && !key.hasSuffix("_OAUTH_TOKEN") && !key.hasPrefix("MODELPIN_")
        && !key.hasPrefix("OPENCLAW_") && !key.hasPrefix("LC_") && key != "LANG"
    }
    environment["HOME"] = home.path
    environment["NO_COLOR"] = "1"
    environment["LANG"] = "C.UTF-8"
    environment.merge(extra) { $1 }
    return environment
  }

  /// Runs `modelpin arguments…` with `stdin` as input and waits for it to exit; with a `wrapper`
  /// (a command and its arguments, e.g. `unshare …`), runs `wrapper… modelpin arguments…`.
  public static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String], timeout: TimeInterval = 60,
    wrapper: [String] = []
  ) throws -> BinaryResult {
    try run(arguments, stdinData: Data(stdin.utf8), environment: environment, timeout: timeout, wrapper: wrapper)
  }

  /// Runs `modelpin arguments…` with raw bytes as input.
  public static func run(
    _ arguments: [String], stdinData: Data, environment: [String: String], timeout: TimeInterval = 60,
    wrapper: [String] = []
  ) throws -> BinaryResult {
    let command = wrapper + [try url().path] + arguments
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let writer = Thread {
      try? input.fileHandleForWriting.write(contentsOf: stdinData)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let collected = Collected()
    let readers = [
      Thread { collected.setOut(output.fileHandleForReading.readToEndAndClose()) },
      Thread { collected.setErr(errors.fileHandleForReading.readToEndAndClose()) },
    ]
    for reader in readers { reader.start() }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        throw FixtureError("\(command.joined(separator: " ")) did not finish in \(timeout) s")
      }
      Thread.sleep(forTimeInterval: 0.005)
    }
    while !collected.isComplete { Thread.sleep(forTimeInterval: 0.002) }
    return BinaryResult(
      status: process.terminationStatus, stdout: String(decoding: collected.out, as: UTF8.self),
      stderr: String(decoding: collected.err, as: UTF8.self))
  }
}

/// Output gathered by reader threads.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var outData: Data?
  private var errData: Data?

  func setOut(_ data: Data) { lock.withLock { outData = data } }
  func setErr(_ data: Data) { lock.withLock { errData = data } }
  var isComplete: Bool { lock.withLock { outData != nil && errData != nil } }
  var out: Data { lock.withLock { outData ?? Data() } }
  var err: Data { lock.withLock { errData ?? Data() } }
}
