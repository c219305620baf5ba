import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `modelpin serve --stdio` run as a bridge runs it: requests written as it goes, replies counted
/// as they come, and a SIGKILL at any moment.
final class ServeProcess: @unchecked Sendable {
  let process = Process.child()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let lock = NSLock()
  private var replies: [String] = []
  private var partial = Data()
  private var errorText = Data()
  private var readers: [Thread] = []
  let started = Date()
  private(set) var firstReplyAt: Date?

  /// Starts `modelpin serve --stdio` with `arguments` added, in `environment`.
  init(_ arguments: [String], environment: [String: String]) throws {
    process.executableURL = try ModelPinBinary.url()
    process.arguments = ["serve", "--stdio"] + arguments
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let out = Thread { [self] in
      output.fileHandleForReading.forEachChunkThenClose { received($0) }
    }
    let err = Thread { [self] in
      let data = errors.fileHandleForReading.readToEndAndClose()
      lock.withLock { errorText = data }
    }
    readers = [out, err]
    for reader in readers { reader.start() }
  }

  private func received(_ data: Data) {
    lock.withLock {
      partial.append(data)
      while let newline = partial.firstIndex(of: UInt8(ascii: "\n")) {
        replies.append(String(decoding: partial[partial.startIndex..<newline], as: UTF8.self))
        partial.removeSubrange(partial.startIndex...newline)
        if firstReplyAt == nil { firstReplyAt = Date() }
      }
    }
  }

  /// Sends request lines (a newline is added to each).
  func send(_ lines: [String]) {
    let data = Data(lines.map { $0 + "\n" }.joined().utf8)
    try? input.fileHandleForWriting.write(contentsOf: data)
  }

  /// Sends bytes as they are.
  func send(raw data: Data) {
    try? input.fileHandleForWriting.write(contentsOf: data)
  }

  /// The most memory the process has used so far (`VmHWM`), in bytes; nil once it has exited.
  var peakMemory: Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes * 1024
  }

  /// Closes standard input: serve answers what it has and exits.
  func finish() {
    try? input.fileHandleForWriting.close()
  }

  /// The complete reply lines so far.
  var replyLines: [String] { lock.withLock { replies } }
  var stderr: String { lock.withLock { String(decoding: errorText, as: UTF8.self) } }

  /// Waits until `count` replies arrived, the process ended, or `timeout` passed; true when they arrived.
  @discardableResult
  func waitForReplies(_ count: Int, timeout: TimeInterval = 30) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while replyLines.count < count, Date() < deadline, !(readers.first?.isFinished ?? true) {
      usleep(500)
    }
    return replyLines.count >= count
  }

  /// SIGKILLs the process and waits until it is gone and reaped.
  func kill() {
    _ = Glibc.kill(process.processIdentifier, SIGKILL)
    waitForExit()
  }

  /// Waits for the process to exit and for its output to be read.
  func waitForExit() {
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(10)
    while readers.contains(where: { !$0.isFinished }), Date() < deadline { usleep(1_000) }
  }
}

/// Several `serve` processes on one state at once, each sent a stream of requests that pins
/// sessions of its own (`pin:<server>:<index>`, every third request) among other requests.
struct ConcurrentServers {
  let count: Int
  let requestsPerServer: Int

  /// Starts the servers, sends each its requests (`request(server, index)`), and waits: each must
  /// answer every request, all ok, and exit 0.
  func run(_ arguments: [String], environment: [String: String], request: (Int, Int) -> String) throws {
    let servers = try (0..<count).map { _ in try ServeProcess(arguments, environment: environment) }
    for (server, process) in servers.enumerated() {
      process.send((0..<requestsPerServer).map { request(server, $0) })
      process.finish()
    }
    for process in servers {
      #expect(process.waitForReplies(requestsPerServer, timeout: 120), "stderr: \(process.stderr)")
      process.waitForExit()
      #expect(process.process.terminationStatus == 0)
      #expect(process.replyLines.filter { $0.contains(#""ok":false"#) } == [], "replies not ok")
    }
  }

  /// The request that pins session `pin:<server>:<index>` to `model(index:)`.
  static func pin(server: Int, index: Int) -> String {
    let model = model(index: index)
    return HostileState.request(id: index, session: "pin:\(server):\(index)", text: "/model \(model.alias)")
  }

  /// The model the `index`th request pins: sonnet at even indexes, gpt at odd ones.
  static func model(index: Int) -> (alias: String, ref: String) {
    index % 2 == 0 ? ("sonnet", "anthropic/claude-sonnet-4-5") : ("gpt", "openai/gpt-5.2")
  }

  /// The pinned sessions of `all` (a store's `allPins()`) whose stored model is not the one their
  /// answered request pinned.
  func lostPins(in all: [(session: String, pins: SessionPins)]) -> [String] {
    let models = Dictionary(all.compactMap { pin in pin.pins.model.map { (pin.session, $0) } }) { first, _ in first }
    var lost: [String] = []
    for server in 0..<count {
      for index in stride(from: 0, to: requestsPerServer, by: 3)
      where models["pin:\(server):\(index)"] != Self.model(index: index).ref {
        lost.append("pin:\(server):\(index)")
      }
    }
    return lost
  }
}

/// State folders for these tests: copies of the fixtures inside a fresh home.
enum HostileState {
  /// A copy of `fixtures/state/<name>`, and the environment to run modelpin on it.
  static func copy(_ name: String) throws -> (folder: URL, environment: [String: String]) {
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/\(name)", into: home)
    return (folder, ModelPinBinary.cleanEnvironment(home: home))
  }

  /// The JSON of a file, failing the test with the path when it does not parse.
  static func json(_ path: String) throws -> JSONValue {
    let bytes = try #require(try StateFile.read(path), "\(path) is missing")
    do {
      return try JSONValue.parse(utf8: bytes, json5: true)
    } catch {
      throw FixtureError("\(path) does not parse: \(error)")
    }
  }

  /// A JSON request line for serve.
  static func request(id: Int, session: String, text: String? = nil, outcome: String? = nil, profile: String? = nil)
    -> String
  {
    var object = JSONObject()
    object["id"] = .integer(Int64(id))
    object["session"] = .string(session)
    if let text { object["text"] = .string(text) }
    if let outcome {
      var report = JSONObject()
      report["result"] = .string(outcome)
      if let profile { report["profile"] = .string(profile) }
      object["outcome"] = .object(report)
    }
    object["at"] = .string("2026-11-24T10:00:00Z")
    return JSONValue.object(object).serialized(pretty: false)
  }

  /// The files of a folder, recursively, relative to it.
  static func files(under folder: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    return (enumerator?.allObjects as? [String] ?? []).sorted()
  }
}
