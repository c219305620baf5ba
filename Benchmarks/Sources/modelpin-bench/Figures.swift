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
  /// Timed requests per `serve` process, after as many again as warm-up.
  var serveRequests = 2_000
  var serveSessions = 4

  static let now = "2026-11-24T10:00:00Z"

  /// One measured figure and how to reproduce it.
  struct Figure {
    var name: String
    var value: String
    var target: String
    var met: Bool?
    var detail: String
  }

  /// Every figure, or with `only` the figures of that name (`serve`).
  func run(only: String? = nil) throws {
    print(Machine.current.description)
    let scratch = try StateFolders.scratchFolder("figures")
    defer { StateFolders.remove(scratch) }
    var figures: [Figure] = []
    if only == nil {
      figures += try replay(in: scratch)
      figures.append(try startup(of: modelpin, in: scratch))
      if let staticModelpin { figures.append(try startup(of: staticModelpin, in: scratch, label: "statically linked")) }
      figures.append(try startup(of: modelpin, in: scratch, label: "10,000 allowlisted models", allowlisted: 10_000))
      figures.append(try memory())
      figures.append(try sqliteWriters(in: scratch))
    }
    if only == nil || only == "serve" {
      figures += try serveRoundTrip(in: scratch)
      figures += try serveLatency(in: scratch)
      if let roundTrips = try roundTrips(in: scratch) { figures.append(roundTrips) }
    }
    if only == nil || only == "json-store" { figures += try jsonStore(in: scratch) }
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

  // MARK: - serve

  /// The round trip of `modelpin serve --stdio` (SQLite store) answering one request at a time,
  /// against `cat` echoing the same lines through the same pipes: the floor any bridge pays.
  /// Each timed request of one is followed by one of the other, so load hits both alike.
  private func serveRoundTrip(in scratch: URL) throws -> [Figure] {
    var served: [Double] = []
    var echoed: [Double] = []
    for run in 0..<runs {
      let state = try StateFolders.copyOfBasic(in: scratch, name: "serve-\(run)").path
      let server = Spawn.Conversation(
        [modelpin, "serve", "--stdio", "--sessions", "sqlite", "--state-dir", state])
      let echo = Spawn.Conversation(["/bin/cat"])
      for index in 0..<(2 * serveRequests) {
        let request = Array(#"{"id": \#(index), "session": "bench:dm:\#(index % serveSessions)", "text": "hi"}"#.utf8)
        let start = Clock.seconds()
        let reply = server.ask(request)
        let middle = Clock.seconds()
        _ = echo.ask(request)
        let end = Clock.seconds()
        guard reply.firstRange(of: Array(#""ok":true"#.utf8)) != nil else {
          fail("serve answered \(String(decoding: reply, as: UTF8.self))")
        }
        // The first half warms up: the database opened, the first pins written, the caches full.
        if index >= serveRequests {
          served.append(middle - start)
          echoed.append(end - middle)
        }
      }
      server.finish("modelpin serve")
      echo.finish("cat")
    }
    let command =
      "modelpin serve --stdio --sessions sqlite --state-dir STATE, "
      + "one request {\"id\", \"session\": \"bench:dm:<i % \(serveSessions)>\", \"text\": \"hi\"} at a time"
    func figure(_ label: String, _ quantile: Double, target: Double) -> Figure {
      let serve = percentile(served, quantile) * 1e6
      let cat = percentile(echoed, quantile) * 1e6
      return Figure(
        name: "serve --stdio round trip, SQLite, \(label)",
        value: String(format: "%.1f µs = %.1f× cat", serve, serve / cat),
        target: String(format: "≤ %.0f× cat", target), met: serve / cat <= target,
        detail: String(
          format: "cat (the same lines echoed through the same pipes): %.1f µs; %d processes × %d timed requests "
            + "after %d warm-up ones, interleaved with cat's\n    ", cat, runs, serveRequests, serveRequests)
          + command + "   (STATE: a copy of fixtures/state/basic)")
    }
    return [figure("p50", 0.5, target: 2), figure("p99", 0.99, target: 5)]
  }

  // MARK: - sessions.json

  /// What one pin costs in OpenClaw's `sessions.json` holding 1,000, 10,000 and 100,000 sessions:
  /// written alone (a bridge waiting for each reply, as every write was before batches), and in
  /// the batches of `replay --persist` and of a burst of `serve` requests.
  private func jsonStore(in scratch: URL) throws -> [Figure] {
    let pins = 50
    var figures: [Figure] = []
    for sessions in [1_000, 10_000, 100_000] {
      let template = try StateFolders.copyOfBasic(in: scratch, name: "json-\(sessions)")
      let file = template.appendingPathComponent("agents/main/sessions/sessions.json")
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(Self.sessionsFile(count: sessions).utf8).write(to: file)
      let megabytes = Double((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1e6
      func requests(_ count: Int) -> String {
        (0..<count).map { index in
          #"{"id": \#(index), "session": "bench:dm:\#(index * (sessions / pins))", "text": "/model sonnet"}"#
        }.joined(separator: "\n") + "\n"
      }
      let one = scratch.appendingPathComponent("one.jsonl").path
      let all = scratch.appendingPathComponent("all.jsonl").path
      try requests(1).write(toFile: one, atomically: false, encoding: .utf8)
      try requests(pins).write(toFile: all, atomically: false, encoding: .utf8)
      func fresh() throws -> String {
        let copy = scratch.appendingPathComponent("json-run")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: template, to: copy)
        return copy.path
      }
      func replay(_ state: String) -> [String] {
        [
          modelpin, "replay", "--persist", "--sessions", "json", "--format", "jsonl", "--now", Self.now, "--state-dir",
          state,
        ]
      }
      func serve(_ state: String) -> [String] {
        [modelpin, "serve", "--stdio", "--sessions", "json", "--state-dir", state]
      }
      var alone: [Double] = []
      var replayed: [Double] = []
      var burst: [Double] = []
      var single: [Double] = []
      for _ in 0..<runs {
        single.append(Spawn.time(replay(try fresh()) + [one]).wall)
        replayed.append(Spawn.time(replay(try fresh()) + [all]).wall / Double(pins))
        burst.append(Spawn.time(serve(try fresh()), input: all).wall / Double(pins))
        let server = Spawn.Conversation(serve(try fresh()))
        for line in requests(pins).split(separator: "\n") {
          let start = Clock.seconds()
          let reply = server.ask(Array(line.utf8))
          guard reply.firstRange(of: Array(#""ok":true"#.utf8)) != nil else {
            fail("serve answered \(String(decoding: reply, as: UTF8.self))")
          }
          alone.append(Clock.seconds() - start)
        }
        server.finish("modelpin serve")
      }
      func ms(_ values: [Double]) -> String { String(format: "%.2f ms", median(values) * 1000) }
      figures.append(
        Figure(
          name: "sessions.json, \(thousands(Double(sessions))) sessions, per pin",
          value: "\(ms(alone)) alone", target: "", met: nil,
          detail: String(format: "%.1f MB; ", megabytes)
            + "in batches: replay --persist \(ms(replayed)), a burst of serve requests \(ms(burst)) "
            + "(the whole run over \(pins) pins: start-up, reading the file and its one write included; "
            + "a replay of 1 pin takes \(ms(single))); medians of \(runs) runs\n"
            + "    alone: modelpin serve --stdio --sessions json --state-dir STATE, one request at a time, each round trip\n"
            + "    batches: modelpin replay --persist --sessions json --format jsonl --now \(Self.now) --state-dir STATE "
            + "pins.jsonl, and modelpin serve --stdio --sessions json --state-dir STATE < pins.jsonl "
            + "(\(pins) /model sonnet on sessions of the file)   (STATE: fixtures/state/basic with a generated "
            + "sessions.json, fresh each run)"))
    }
    return figures
  }

  /// A `sessions.json` of `count` sessions as OpenClaw writes them, none pinned.
  private static func sessionsFile(count: Int) -> String {
    var text = "{\n"
    for index in 0..<count {
      let id = String(format: "%08x-0000-4000-8000-%012x", index, index)
      text +=
        #"  "agent:main:bench:dm:\#(index)": {"sessionId": "\#(id)", "updatedAt": \#(1_795_514_400_000 + index), "#
      text += #""systemSent": true, "chatType": "direct", "lastChannel": "telegram", "#
      text += #""deliveryContext": {"channel": "telegram", "to": "\#(100_000 + index)"}, "#
      text +=
        #""origin": {"provider": "telegram", "surface": "telegram", "chatType": "direct", "from": "telegram:\#(index)"}}"#
      text += index == count - 1 ? "\n" : ",\n"
    }
    return text + "}\n"
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
