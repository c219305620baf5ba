import BenchmarkFixtures
import Foundation

/// `modelpin-bench`: the end-to-end figures of BENCHMARKS.md.
///
///     modelpin-bench figures [--modelpin PATH] [--runs N]   every end-to-end figure
///     modelpin-bench generate [--lines N] [--sessions N]   a replay transcript (JSONL) on standard output
///     modelpin-bench memory [--sessions N]                 resident bytes per pinned session
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

lineBufferStandardOutput()
switch arguments.first {
case "figures":
  let modelpin = option("modelpin", StateFolders.repositoryRoot.appendingPathComponent(".build/release/modelpin").path)
  guard FileManager.default.isExecutableFile(atPath: modelpin) else {
    fail("no modelpin binary at \(modelpin): run `swift build -c release --product modelpin` first")
  }
  try Figures(modelpin: modelpin, runs: integer("runs", 5)).run()
case "generate":
  TranscriptGenerator(lineCount: integer("lines", 200_000), sessionCount: integer("sessions", 2_000))
    .forEachLine { print($0) }
case "memory":
  let result = try Memory.bytesPerSession(count: integer("sessions", 100_000))
  print(String(format: "%.1f bytes per session (RSS %d -> %d)", result.perSession, result.before, result.after))
default:
  fail("usage: modelpin-bench figures [--modelpin PATH] [--runs N] | generate [--lines N] [--sessions N] | memory [--sessions N]")
}
