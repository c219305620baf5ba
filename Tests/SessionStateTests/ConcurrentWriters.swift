import Foundation
import ModelPinTestSupport
import SessionState
import Testing

/// Writers of one store in separate processes, writing at the same time.
///
/// A writer is this test binary launched again to run only `ConcurrentWriterProcess`, which
/// takes its orders from the environment. Every writer says it is ready, then waits for a go
/// file that appears once all are ready, so that they start together; each reports when it
/// wrote its first and its last pins.
enum ConcurrentWriters {
  /// The environment variable holding a writer's orders: kind, file, key prefix, count and go file.
  static let ordersVariable = "MODELPIN_TEST_WRITER_ORDERS"

  struct Orders {
    var kind: SessionStoreKind
    var path: String
    var prefix: String
    var count: Int
    var goFile: String

    /// The orders this process was given, when it is a writer.
    static var current: Orders? {
      guard let text = ProcessInfo.processInfo.environment[ordersVariable] else { return nil }
      let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 5, let kind = SessionStoreKind(rawValue: fields[0]), let count = Int(fields[3]) else {
        return nil
      }
      return Orders(kind: kind, path: fields[1], prefix: fields[2], count: count, goFile: fields[4])
    }

    var text: String { [kind.rawValue, path, prefix, String(count), goFile].joined(separator: "\t") }
    var readyFile: String { "\(goFile).\(prefix).ready" }
    var timesFile: String { "\(goFile).\(prefix).times" }
  }

  /// How one writer went: its exit status, its output, and when it wrote (Unix seconds).
  struct Report {
    var status: Int32
    var output: String
    var start: Double
    var end: Double
  }

  /// The pins writer `prefix` saves for its session number `index`.
  static func pins(prefix: String, index: Int) -> SessionPins {
    SessionPins(
      model: "anthropic/claude-opus-4-6", profile: "anthropic:\(prefix)", profileSource: .user,
      updatedAt: 1_764_064_800_000 + Int64(index))
  }

  /// Runs one writer per prefix on the store of `kind` at `path`, all at once, and waits for them.
  static func run(kind: SessionStoreKind, path: String, prefixes: [String], count: Int) throws -> [Report] {
    let goFile = try TemporaryFolder.make().appendingPathComponent("go").path
    var launched: [(ChildTestProcess, Orders)] = []
    for prefix in prefixes {
      let orders = Orders(kind: kind, path: path, prefix: prefix, count: count, goFile: goFile)
      let child = try ChildTestProcess.start(
        filter: "ConcurrentWriterProcess", environment: [ordersVariable: orders.text])
      launched.append((child, orders))
    }
    let deadline = Date().addingTimeInterval(60)
    while launched.contains(where: { !FileManager.default.fileExists(atPath: $0.1.readyFile) }), Date() < deadline {
      usleep(1_000)
    }
    try Data().write(to: URL(fileURLWithPath: goFile))
    return try launched.map { child, orders in
      let (status, output) = child.wait()
      let times = (try? String(contentsOfFile: orders.timesFile, encoding: .utf8)) ?? ""
      let numbers = times.split(separator: " ").compactMap { Double($0) }
      guard numbers.count == 2 else {
        throw WriterFailure(description: "writer \(orders.prefix) reported no times; its output:\n\(output)")
      }
      return Report(status: status, output: output, start: numbers[0], end: numbers[1])
    }
  }

  /// Checks that every writer exited cleanly and that they were writing at the same time.
  static func expectCleanOverlappingRun(_ reports: [Report], sourceLocation: SourceLocation = #_sourceLocation) {
    for report in reports {
      #expect(report.status == 0, "\(report.output)", sourceLocation: sourceLocation)
    }
    let overlapped = reports.map(\.start).max()! < reports.map(\.end).min()!
    #expect(overlapped, "the writers did not write at the same time", sourceLocation: sourceLocation)
  }

  /// The sessions the writers saved whose pins are missing from `all`, or not what was saved.
  static func lostSessions(prefixes: [String], count: Int, in all: [(session: String, pins: SessionPins)]) -> [String] {
    let stored = Dictionary(all.map { ($0.session, $0.pins) }) { first, _ in first }
    return prefixes.flatMap { prefix in
      (0..<count).filter { stored["\(prefix):\($0)"] != pins(prefix: prefix, index: $0) }.map { "\(prefix):\($0)" }
    }
  }

  struct WriterFailure: Error, CustomStringConvertible {
    var description: String
  }
}

@Suite struct ConcurrentWriterProcess {
  @Test(.enabled(if: ConcurrentWriters.Orders.current != nil, "runs only in a writer process another test launches"))
  func writesItsPinsWhenTheGoFileAppears() throws {
    let orders = try #require(ConcurrentWriters.Orders.current)
    try Data().write(to: URL(fileURLWithPath: orders.readyFile))
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: orders.goFile), Date() < deadline {
      usleep(1_000)
    }
    let store: any SessionStore =
      orders.kind == .json ? JSONSessionStore(path: orders.path) : SQLiteSessionStore(path: orders.path)
    let start = Date().timeIntervalSince1970
    for index in 0..<orders.count {
      try store.save(ConcurrentWriters.pins(prefix: orders.prefix, index: index), for: "\(orders.prefix):\(index)")
    }
    let end = Date().timeIntervalSince1970
    try "\(start) \(end)".write(toFile: orders.timesFile, atomically: true, encoding: .utf8)
  }
}
