import BenchmarkFixtures
import Foundation

/// `modelpin-bench`: the end-to-end figures of BENCHMARKS.md.
///
///     modelpin-bench figures [--modelpin PATH] [--static-modelpin PATH] [--runs N] [--database URL]
///                                                      every end-to-end figure; the PostgreSQL ones with a
///                                                      database (also $MODELPIN_BENCH_DATABASE_URL)
///     modelpin-bench serve [--modelpin PATH] [--runs N] [--database URL]   the serve figures alone: the
///                                                      round trip against cat, latency per store
///     modelpin-bench json-store [--modelpin PATH] [--runs N]  one pin's cost in sessions.json alone
///     modelpin-bench generate [--lines N] [--sessions N]   a replay transcript (JSONL) on standard output
///     modelpin-bench memory [--sessions N]                 resident bytes per pinned session
///     modelpin-bench loop NAME [--iterations N]             one micro benchmark alone, e.g. under callgrind
///     modelpin-bench time NAME [--iterations N]             its time per operation: the fastest of five batches
///     modelpin-bench allowlist [--models N] FOLDER          a copy of the basic state allowlisting N generated models
let arguments = Array(CommandLine.arguments.dropFirst())

/// The value after `--name`, else `fallback`.
func option(_ name: String, _ fallback: String) -> String {
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return fallback }
  return arguments[index + 1]
}

func integer(_ name: String, _ fallback: Int) -> Int {
  guard let value = Int(option(name, String(fallback))), value > 0 else { fail("--\(name) needs a positive number") }
  return value
}

/// `--modelpin`, else the release build of the repository; it must exist.
func releaseModelpin() -> String {
  let modelpin = option("modelpin", StateFolders.repositoryRoot.appendingPathComponent(".build/release/modelpin").path)
  guard FileManager.default.isExecutableFile(atPath: modelpin) else {
    fail("no modelpin binary at \(modelpin): run `swift build -c release --product modelpin` first")
  }
  return modelpin
}

/// `--database`, else `$MODELPIN_BENCH_DATABASE_URL`; nil when neither names one.
func databaseOption() -> String? {
  let database = option("database", ProcessInfo.processInfo.environment["MODELPIN_BENCH_DATABASE_URL"] ?? "")
  return database.isEmpty ? nil : database
}

lineBufferStandardOutput()
switch arguments.first {
case "figures":
  let modelpin = releaseModelpin()
  let staticModelpin = arguments.contains("--static-modelpin") ? option("static-modelpin", "") : nil
  try Figures(
    modelpin: modelpin, staticModelpin: staticModelpin, runs: integer("runs", 5), database: databaseOption()
  ).run()
case "serve", "json-store":
  try Figures(modelpin: releaseModelpin(), staticModelpin: nil, runs: integer("runs", 5), database: databaseOption())
    .run(only: arguments[0])
case "generate":
  TranscriptGenerator(lineCount: integer("lines", 200_000), sessionCount: integer("sessions", 2_000))
    .forEachLine { print($0) }
case "loop":
  guard arguments.count > 1, let workload = try MicroWorkloads().workload(named: arguments[1]) else {
    fail("loop needs the name of a micro benchmark: \(try MicroWorkloads().all.map(\.name))")
  }
  for number in 0..<integer("iterations", 100_000) { workload.run(number) }
case "time":
  guard arguments.count > 1, let workload = try MicroWorkloads().workload(named: arguments[1]) else {
    fail("time needs the name of a micro benchmark: \(try MicroWorkloads().all.map(\.name))")
  }
  let iterations = integer("iterations", 100_000)
  let clock = ContinuousClock()
  let batches = (0..<5).map { _ in
    clock.measure { for number in 0..<iterations { workload.run(number) } }
  }
  let fastest = batches.min()!
  let nanoseconds = Double(fastest.components.seconds) * 1e9 + Double(fastest.components.attoseconds) / 1e9
  print(
    String(
      format: "%.1f ns per operation, the fastest of 5 batches of %d", nanoseconds / Double(iterations), iterations))
case "allowlist":
  guard let folder = arguments.dropFirst().last, !folder.hasPrefix("--"),
    !FileManager.default.fileExists(atPath: folder)
  else {
    fail("allowlist needs a folder that does not exist yet, e.g. modelpin-bench allowlist --models 10000 big-state")
  }
  try StateFolders.largeAllowlistState(at: URL(fileURLWithPath: folder), models: integer("models", 10_000))
case "memory":
  let result = try Memory.bytesPerSession(count: integer("sessions", 100_000))
  print(String(format: "%.1f bytes per session (RSS %d -> %d)", result.perSession, result.before, result.after))
default:
  fail(
    "usage: modelpin-bench figures [--modelpin PATH] [--static-modelpin PATH] [--runs N] [--database URL] "
      + "| serve|json-store [--modelpin PATH] [--runs N] [--database URL] | generate [--lines N] [--sessions N] "
      + "| memory [--sessions N] | loop NAME [--iterations N] | time NAME [--iterations N] "
      + "| allowlist [--models N] FOLDER")
}
