import BenchmarkFixtures
import Foundation
import SessionState

/// The end-to-end figures of issue 8, each measured on the release `modelpin` binary (or, for
/// memory, in a process of its own) several times, with the median reported.
struct Figures {
  /// The `modelpin` binary measured.
  var modelpin: String
  /// A statically linked build of the same sources (`make release`), whose start-up is measured too.
  var staticModelpin: String?
  /// Timed runs per process figure.
  var runs: Int
  /// A PostgreSQL server for the `serve` figures (a libpq URL); nil leaves them out.
  var database: String?
  var transcriptLines = 200_000
  var transcriptSessions = 2_000
  var pinnedSessions = 100_000
  var pinsPerWriter = 10_000
  var startupRuns = 100

  static let now = "2026-11-24T10:00:00Z"

  /// One measured figure and how to reproduce it.
  struct Figure {
    var name: String
    var value: String
    var target: String
    var met: Bool?
    var detail: String
  }

  func run() throws {
    print(Machine.current.description)
    let scratch = try StateFolders.scratchFolder("figures")
    defer { StateFolders.remove(scratch) }
    var figures: [Figure] = []
    figures += try replay(in: scratch)
    figures.append(try startup(of: modelpin, in: scratch))
    if let staticModelpin { figures.append(try startup(of: staticModelpin, in: scratch, label: "statically linked")) }
    figures.append(try startup(of: modelpin, in: scratch, label: "10,000 allowlisted models", allowlisted: 10_000))
    figures.append(try memory())
    figures.append(try sqliteWriters(in: scratch))
    figures += try serveLatency(in: scratch)
    if let roundTrips = try roundTrips(in: scratch) { figures.append(roundTrips) }
    report(figures)
  }

  /// The `serve` figures alone: latency per store, and round trips when a database is given.
  func runServe() throws {
    print(Machine.current.description)
    let scratch = try StateFolders.scratchFolder("serve")
    defer { StateFolders.remove(scratch) }
    var figures = try serveLatency(in: scratch)
    if let roundTrips = try roundTrips(in: scratch) { figures.append(roundTrips) }
    report(figures)
  }

  private func report(_ figures: [Figure]) {
    print("")
    print("load average after: \(Machine.loadAverage())")
    print("")
    for figure in figures {
      let verdict = figure.met.map { $0 ? "met" : "NOT met" } ?? ""
      print("\(pad(figure.name, 44)) \(pad(figure.value, 22)) \(pad(figure.target, 14)) \(verdict)")
      print("    \(figure.detail)")
    }
  }

  // MARK: - Replay

  /// `modelpin replay --json --format jsonl` of the generated transcript, in memory and with `--persist`.
  private func replay(in scratch: URL) throws -> [Figure] {
    let transcript = scratch.appendingPathComponent("transcript.jsonl").path
    let generator = TranscriptGenerator(lineCount: transcriptLines, sessionCount: transcriptSessions)
    try generator.text().write(toFile: transcript, atomically: false, encoding: .utf8)
    func arguments(persist: Bool, state: String) -> [String] {
      // The basic state is an OpenClaw folder, whose store is sessions.json unless one is named.
      [modelpin, "replay"] + (persist ? ["--persist", "--sessions", "sqlite"] : [])
        + ["--json", "--format", "jsonl", "--now", Self.now, "--state-dir", state, transcript]
    }
    let state = try StateFolders.copyOfBasic(in: scratch).path

    // A first run, checked: one reply per line, and no `state_unavailable`.
    let checked = scratch.appendingPathComponent("replies.jsonl").path
    _ = Spawn.time(arguments(persist: false, state: state), output: checked)
    let replies = try String(contentsOfFile: checked, encoding: .utf8).split(separator: "\n")
    guard replies.count == transcriptLines else { fail("replay gave \(replies.count) replies, not \(transcriptLines)") }
    if let broken = replies.first(where: { $0.contains("\"state_unavailable\"") }) { fail("replay: \(broken)") }
    let notOK = replies.count { $0.contains("\"ok\":false") }

    let inMemory = (0..<runs).map { _ in Spawn.time(arguments(persist: false, state: state)) }
    let persisted = try (0..<runs).map { run in
      Spawn.time(
        arguments(persist: true, state: try StateFolders.copyOfBasic(in: scratch, name: "persist-\(run)").path))
    }
    let lines = Double(transcriptLines)
    func figure(_ name: String, _ times: [Spawn.Times], target: Double?, persist: Bool) -> Figure {
      let rate = lines / median(times.map(\.wall))
      let command = arguments(persist: persist, state: "STATE").dropFirst().joined(separator: " ")
        .replacingOccurrences(of: transcript, with: "transcript.jsonl")
      return Figure(
        name: name, value: "\(thousands(rate)) lines/s", target: target.map { "≥ \(thousands($0))" } ?? "",
        met: target.map { rate >= $0 },
        detail: "\(thousands(lines)) lines, \(transcriptSessions) sessions, \(notOK) replies not ok; "
          + "per CPU second (user + system): \(thousands(lines / median(times.map(\.cpu)))) lines; "
          + "runs (wall): \(seconds(times.map(\.wall)))\n    modelpin \(command) > /dev/null"
          + (persist
            ? "   (STATE: a fresh copy of fixtures/state/basic each run)"
            : "   (STATE: a copy of fixtures/state/basic)"))
    }
    return [
      figure("replay --json, in memory", inMemory, target: 300_000, persist: false),
      figure("replay --json --persist (SQLite)", persisted, target: nil, persist: true),
    ]
  }

  // MARK: - Start-up

  /// The median wall time of `modelpin status --json`, or of a one-line replay while `status` is missing.
  ///
  /// With `allowlisted`, the state's config allowlists that many generated models (issue 19: ≤ 30 ms
  /// at 10,000), as `modelpin-bench allowlist --models N STATE` writes it.
  private func startup(of modelpin: String, in scratch: URL, label: String? = nil, allowlisted: Int? = nil) throws
    -> Figure
  {
    let state: String
    if let allowlisted {
      let folder = scratch.appendingPathComponent("startup-allowlist-\(allowlisted)")
      try StateFolders.largeAllowlistState(at: folder, models: allowlisted)
      state = folder.path
    } else {
      state = try StateFolders.copyOfBasic(in: scratch, name: "startup-\(label ?? "default")").path
    }
    let target = allowlisted == nil ? 25.0 : 30.0
    let hasStatus = Spawn.output([modelpin, "--help"]).split(separator: "\n").contains {
      $0.trimmingCharacters(in: .whitespaces).hasPrefix("status")
    }
    var arguments: [String]
    var input = "/dev/null"
    var name: String
    if hasStatus {
      arguments = [modelpin, "status", "--json", "--state-dir", state]
      name = "start-up: status --json" + (label.map { " (\($0))" } ?? "")
    } else {
      input = scratch.appendingPathComponent("one-line.txt").path
      try "hello\n".write(toFile: input, atomically: false, encoding: .utf8)
      arguments = [modelpin, "replay", "--now", Self.now, "--state-dir", state]
      name = "start-up: one-line replay" + (label.map { ", \($0)" } ?? "") + " (no status yet)"
    }
    for _ in 0..<10 { _ = Spawn.time(arguments, input: input) }
    let times = (0..<startupRuns).map { _ in Spawn.time(arguments, input: input) }
    let wall = median(times.map(\.wall)) * 1000
    let command = arguments.dropFirst().map { $0 == state ? "STATE" : $0 }.joined(separator: " ")
    return Figure(
      name: name, value: String(format: "%.1f ms", wall), target: String(format: "≤ %.0f ms", target),
      met: wall <= target,
      detail: String(
        format: "median of %d runs after 10 warm-ups; min %.1f ms; median CPU (user + system) %.1f ms\n    ",
        startupRuns, times.map(\.wall).min()! * 1000, median(times.map(\.cpu)) * 1000)
        + "modelpin \(command)" + (hasStatus ? "" : " < one-line.txt")
        + (allowlisted.map { "   (STATE: modelpin-bench allowlist --models \($0) STATE)" }
          ?? "   (STATE: a copy of fixtures/state/basic)"))
  }

  // MARK: - Memory

  /// Resident bytes per pinned session, measured by `modelpin-bench memory` in a process of its own.
  private func memory() throws -> Figure {
    let results = (0..<runs).map { _ in
      let output = Spawn.output([CommandLine.arguments[0], "memory", "--sessions", String(pinnedSessions)])
      guard let value = output.split(separator: " ").first.flatMap({ Double($0) }) else {
        fail("modelpin-bench memory printed \(output)")
      }
      return value
    }
    let value = median(results)
    return Figure(
      name: "resident memory per pinned session", value: String(format: "%.0f bytes", value), target: "≤ 1,024 bytes",
      met: value <= 1024,
      detail:
        "RSS growth over \(thousands(Double(pinnedSessions))) sessions pinned by /model sonnet (model + auto profile pin), "
        + "in-memory store; runs: \(results.map { String(format: "%.0f", $0) }.joined(separator: ", "))"
        + "\n    modelpin-bench memory --sessions \(pinnedSessions)")
  }

  // MARK: - SQLite writers

  /// Two `modelpin replay --persist` processes at once, each pinning its own sessions in one `pins.sqlite`.
  private func sqliteWriters(in scratch: URL) throws -> Figure {
    var rates: [Double] = []
    for run in 0..<runs {
      let state = try StateFolders.copyOfBasic(in: scratch, name: "writers-\(run)").path
      let database = state + "/agents/main/sessions/pins.sqlite"
      // Create the database first, so that the runs time writes, not the schema's creation.
      let setup = scratch.appendingPathComponent("setup.txt").path
      try "/model sonnet\n".write(toFile: setup, atomically: false, encoding: .utf8)
      _ = Spawn.time([
        modelpin, "replay", "--persist", "--sessions", "sqlite", "--now", Self.now, "--state-dir", state, setup,
      ])
      var transcripts: [String] = []
      for writer in ["a", "b"] {
        let path = scratch.appendingPathComponent("writer-\(writer).jsonl").path
        let text: String = (0..<pinsPerWriter).map { index in
          let model = index % 2 == 0 ? "sonnet" : "openai/gpt-5.2"
          return #"{"session": "writer-\#(writer):\#(index)", "text": "/model \#(model)"}"#
        }.joined(separator: "\n")
        try (text + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        transcripts.append(path)
      }
      let start = Clock.seconds()
      let children = transcripts.map {
        Spawn.start([
          modelpin, "replay", "--persist", "--sessions", "sqlite", "--format", "jsonl", "--now", Self.now,
          "--state-dir",
          state, $0,
        ])
      }
      for child in children { Spawn.wait(child, "a writer") }
      let elapsed = Clock.seconds() - start
      let rows = try SQLiteSessionStore(path: database).allPins().count
      guard rows == 2 * pinsPerWriter + 1 else {
        fail("pins.sqlite holds \(rows) sessions, not \(2 * pinsPerWriter + 1)")
      }
      rates.append(Double(2 * pinsPerWriter) / elapsed)
    }
    return Figure(
      name: "pins written, two processes, one SQLite", value: "\(thousands(median(rates))) pins/s", target: "",
      met: nil,
      detail:
        "2 × \(thousands(Double(pinsPerWriter))) /model selections, each pinning a new session; every pin checked "
        + "in the file after; runs: \(rates.map { thousands($0) }.joined(separator: ", ")) pins/s\n    "
        + "modelpin replay --persist --sessions sqlite --format jsonl --now \(Self.now) --state-dir STATE writer-X.jsonl > /dev/null, "
        + "X = a and b at once   (STATE: one copy of fixtures/state/basic with pins.sqlite created)")
  }

  // MARK: - Formatting

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  private func seconds(_ values: [Double]) -> String {
    values.map { String(format: "%.2f s", $0) }.joined(separator: ", ")
  }

  private func thousands(_ value: Double) -> String {
    let digits = String(Int(value.rounded()))
    var output = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { output += "," }
      output.append(digit)
    }
    return output
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
