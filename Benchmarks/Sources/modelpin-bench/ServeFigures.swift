import BenchmarkFixtures
import Foundation

/// The `serve` figures of issue 15: the latency a bridge sees per request with the pins in memory,
/// in SQLite and in PostgreSQL, and the round trips to PostgreSQL a line costs.
extension Figures {
  /// Request `index` of the latency workload: over 50 sessions, `/model sonnet`, a chat line,
  /// `/model haiku`, a chat line, in turn, so half the lines change a pin and half change nothing.
  static func serveRequest(_ index: Int) -> (line: String, changesNothing: Bool) {
    let texts = ["/model sonnet", "hello", "/model haiku", "hello"]
    let text = texts[index % texts.count]
    return (#"{"id": \#(index), "session": "s\#(index % 50)", "text": "\#(text)"}"#, text == "hello")
  }

  /// `database` with a schema of its own for `name`.
  func databaseURL(schema name: String) -> String? {
    database.map { $0 + ($0.contains("?") ? "&" : "?") + "schema=\(name)_\(getpid())" }
  }

  /// p50 and p99 of 1,000 requests sent one at a time (each after the previous reply) to one
  /// `modelpin serve --stdio`, per store; the runs of the stores interleaved.
  func serveLatency(in scratch: URL) throws -> [Figure] {
    var stores: [(name: String, options: (Int) throws -> [String])] = [
      ("memory", { _ in ["--sessions", "memory"] }),
      ("SQLite", { _ in ["--sessions", "sqlite"] }),
    ]
    if database != nil {
      stores.append(("PostgreSQL", { run in ["--database", self.databaseURL(schema: "bench_serve_\(run)")!] }))
    }
    let requests = 1_000
    var all = [[Double]](repeating: [], count: stores.count)
    var unchanged = [[Double]](repeating: [], count: stores.count)
    var runP99 = [[Double]](repeating: [], count: stores.count)
    for run in 0..<runs {
      for (index, store) in stores.enumerated() {
        let state = try StateFolders.copyOfBasic(in: scratch, name: "serve-\(store.name)-\(run)").path
        let options = try store.options(run)
        if store.name == "PostgreSQL" {
          let file = state + "/agents/main/agent/auth-profiles.json"
          guard Spawn.succeeds([modelpin, "auth", "import", file, "--state-dir", state] + options) else {
            fail("modelpin auth import into \(options[1]) failed")
          }
        }
        let serve = Spawn.Conversation([modelpin, "serve", "--stdio", "--state-dir", state] + options)
        // Warm-up: the connection, the schema check and each session's first pin.
        for warmUp in 0..<50 { _ = serve.ask(Array(Self.serveRequest(warmUp).line.utf8)) }
        var times: [Double] = []
        for number in 0..<requests {
          let request = Self.serveRequest(number)
          let start = Clock.seconds()
          let reply = String(decoding: serve.ask(Array(request.line.utf8)), as: UTF8.self)
          let seconds = Clock.seconds() - start
          guard reply.contains(#""ok":true"#) else { fail("\(store.name): a reply was not ok: \(reply)") }
          times.append(seconds)
          if request.changesNothing { unchanged[index].append(seconds) }
        }
        serve.finish("modelpin serve")
        all[index] += times
        runP99[index].append(percentile(times, 0.99))
      }
    }
    return stores.enumerated().map { index, store in
      let p99 = percentile(all[index], 0.99) * 1000
      return Figure(
        name: "serve round trip, \(store.name)", value: String(format: "p99 %.2f ms", p99), target: "", met: nil,
        detail: String(
          format: "p50 %.3f ms; lines that change nothing p50 %.3f ms, p99 %.2f ms; p99 of each run: ",
          percentile(all[index], 0.5) * 1000, percentile(unchanged[index], 0.5) * 1000,
          percentile(unchanged[index], 0.99) * 1000)
          + runP99[index].map { String(format: "%.2f ms", $0 * 1000) }.joined(separator: ", ") + "\n    "
          + "\(runs) × \(requests) requests, each sent after the previous reply, after 50 warm-ups: "
          + "/model sonnet | hello | /model haiku | hello over 50 sessions\n    "
          + "modelpin serve --stdio --state-dir STATE "
          + (store.name == "PostgreSQL"
            ? "--database URL   (auth-profiles.json imported first)"
            : "--sessions "
              + store.name.lowercased()))
    }
  }

  /// The round trips to PostgreSQL of a line, counted as the `sendto` calls libpq makes (one per
  /// statement; it waits for each answer): `strace -f -c -e trace=sendto` of a serve given 1 and
  /// then 101 lines of one kind, the difference divided by 100. Nil without a database or strace.
  func roundTrips(in scratch: URL) throws -> Figure? {
    guard let url = databaseURL(schema: "bench_trips"), Spawn.succeeds(["/usr/bin/env", "strace", "-V"]) else {
      return nil
    }
    let state = try StateFolders.copyOfBasic(in: scratch, name: "trips").path
    _ = Spawn.succeeds(
      [
        modelpin, "auth", "import", state + "/agents/main/agent/auth-profiles.json", "--state-dir", state,
        "--database", url,
      ])
    func sends(_ lines: [String]) -> Int {
      let input = state + "/trips.jsonl"
      let trace = state + "/trips.strace"
      try? (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: false, encoding: .utf8)
      Spawn.wait(
        Spawn.start(
          [
            "/usr/bin/env", "strace", "-f", "-c", "-e", "trace=sendto", "-o", trace, modelpin, "serve", "--stdio",
            "--state-dir", state, "--database", url,
          ], input: input), "strace modelpin serve")
      let text = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
      let row = text.split(separator: "\n").first { $0.hasSuffix(" sendto") }
      return row.flatMap { $0.split(separator: " ").dropFirst(3).first.flatMap { Int($0) } } ?? 0
    }
    func perLine(_ make: (Int) -> String) -> Double {
      let warmUp = #"{"id": -1, "session": "warm-up", "text": "hello"}"#
      let one = sends([warmUp])
      let many = sends([warmUp] + (0..<100).map(make))
      return Double(many - one) / 100
    }
    let chat = perLine { #"{"id": \#($0), "session": "chat", "text": "hello"}"# }
    let pins = perLine { #"{"id": \#($0), "session": "pins", "text": "/model \#($0 % 2 == 0 ? "sonnet" : "haiku")"}"# }
    let outcomes = perLine {
      #"{"id": \#($0), "session": "outcomes", "outcome": {"result": "\#($0 % 2 == 0 ? "rate_limit" : "ok")"}}"#
    }
    return Figure(
      name: "PostgreSQL round trips, unchanged chat line", value: String(format: "%.2f", chat), target: "1",
      met: chat <= 1,
      detail: String(
        format: "a pin change %.2f; an outcome (half of them rotating the session's pin) %.2f\n    ", pins, outcomes)
        + "strace -f -c -e trace=sendto modelpin serve --stdio --state-dir STATE --database URL < LINES, "
        + "LINES = 1 and 101 requests, (calls(101) − calls(1)) / 100")
  }

  /// The value below which `fraction` of `values` lie (nearest rank).
  func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
  }
}
