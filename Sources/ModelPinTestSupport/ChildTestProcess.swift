import Foundation

/// This test binary, started again to run one test in a process of its own: a second writer
/// racing the parent on one file, as another modelpin or OpenClaw would.
public struct ChildTestProcess {
  /// The started process.
  public let process: Process
  /// Where its standard output and standard error go.
  public let output: URL

  /// Starts the test binary running only the tests `filter` names, with `environment` added to
  /// this process's environment (how the child learns it is the child, and what to do).
  public static func start(filter: String, environment: [String: String]) throws -> ChildTestProcess {
    let output = try TemporaryFolder.make().appendingPathComponent("child.log")
    try Data().write(to: output)
    let handle = try FileHandle(forWritingTo: output)
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0])
    process.arguments = ["--testing-library", "swift-testing", "--filter", filter]
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    return ChildTestProcess(process: process, output: output)
  }

  /// Waits for the child; returns its exit status and what it printed.
  public func wait() -> (status: Int32, output: String) {
    process.waitUntilExit()
    return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
  }
}
