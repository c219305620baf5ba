import Benchmark
import BenchmarkFixtures
import Foundation
import ModelCatalog
import ModelCommand
import ModelPin
import StateFolder

// The micro benchmarks of BENCHMARKS.md: `swift package --package-path Benchmarks benchmark`.
//
// Each iteration runs a thousand operations over a small set of varied inputs (`SampleLines`),
// so the figures read as time per operation (`*` in the table: scaled by 1,000). The inputs
// and interpreters are built before measuring, over `fixtures/state/basic` (only read: pins stay
// in memory) and a scratch state with ten profiles, which the next run replaces.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .instructions, .mallocCountTotal, .throughput],
    timeUnits: .nanoseconds, warmupIterations: 3, scalingFactor: .kilo,
    maxDuration: .seconds(2), maxIterations: 1_000)

  let tenProfiles = try! StateFolders.tenProfileState(in: StateFolders.scratchFolder("micro"), now: Interpreters.now)
  let interpreter = try! Interpreters.inMemory(state: StateFolders.basic.path)
  let selection = interpreter.workspace.selection
  let parser = CommandParser(aliases: selection.aliasNames)

  /// Runs `operation` on each input in turn, a thousand times in all.
  func cycling<Input>(_ inputs: [Input], _ operation: @escaping (Input) -> some Any) -> Benchmark.BenchmarkClosure {
    { benchmark in
      for index in benchmark.scaledIterations { blackHole(operation(inputs[index % inputs.count])) }
    }
  }

  // MARK: Parsing

  Benchmark("parse: chat line", closure: cycling(SampleLines.chat) { parser.parse($0) })
  Benchmark("parse: command line", closure: cycling(SampleLines.commands) { parser.parse($0) })

  // MARK: Resolution and routes

  Benchmark("resolve: /model <ref>, exact", closure: cycling(SampleLines.exactRefs) { selection.resolve($0) })
  Benchmark("resolve: /model <ref>, fuzzy", closure: cycling(SampleLines.fuzzyRefs) { selection.resolve($0) })

  let routed = try! Interpreters.inMemory(state: tenProfiles.path)
  let sessions = (0..<64).map { "telegram:dm:\($0)" }
  // Auto pins are taken on the first route; the benchmark measures the steady state after it.
  for session in sessions { _ = routed.handle("hello", session: session, at: Interpreters.now) }
  Benchmark("route: ten profiles in order", closure: cycling(sessions) { routed.route(of: $0, at: Interpreters.now) })

  // MARK: The parts of a replayed line

  let requests = SampleLines.chat.prefix(4).map { text in
    Array(#"{"session": "telegram:dm:42", "sender": "u1", "at": "2026-11-24T10:00:00Z", "text": "\#(text)"}"#.utf8)
  }
  Benchmark("request: parse a JSONL line", closure: cycling(requests) { Request.parse($0) })
  Benchmark("handle: chat line", closure: cycling(SampleLines.chat) {
    interpreter.handle($0, session: "telegram:dm:42", at: Interpreters.now)
  })
  Benchmark("handle: command line", closure: cycling(SampleLines.commands) {
    interpreter.handle($0, session: "telegram:dm:43", at: Interpreters.now)
  })
  let replies = SampleLines.chat.map { interpreter.handle($0, session: "telegram:dm:42", at: Interpreters.now) }
  Benchmark("reply: jsonLine", closure: cycling(replies) { $0.jsonLine })

  // MARK: Known suspects

  let catalog = try! [UInt8](Data(contentsOf: StateFolders.repositoryRoot.appendingPathComponent(
    "Sources/ModelCatalog/Resources/catalog.json")))
  Benchmark(
    "JSONValue.parse: catalog.json, 5.8 KB",
    configuration: .init(scalingFactor: .one, maxIterations: 10_000)
  ) { _ in blackHole(try? JSONValue.parse(utf8: catalog)) }
  Benchmark(
    "ProviderName.normalized",
    closure: cycling(["anthropic", "OpenAI", " z.ai ", "bedrock", "google"]) { ProviderName.normalized($0) })
}
