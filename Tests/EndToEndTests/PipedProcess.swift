import Foundation
import ModelPinTestSupport

/// A program run with pipes that the test writes to and reads from as it goes.
final class PipedProcess: @unchecked Sendable {
  private let process = Process.child()
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
      handle.forEachChunkThenClose { data in lock.withLock { received.append(data) } }
      lock.withLock { isClosed = true }
    }.start()
  }

  /// The program's process id.
  var processIdentifier: Int32 { process.processIdentifier }

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
