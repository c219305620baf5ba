import Benchmark
import BenchmarkFixtures

// The micro benchmarks of BENCHMARKS.md: `swift package --package-path Benchmarks benchmark`.
//
// Each iteration runs an operation of `MicroWorkloads` a thousand times over its varied inputs,
// so the figures marked `*` read per operation. `modelpin-bench loop NAME` runs one of them alone.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .instructions, .mallocCountTotal, .throughput],
    timeUnits: .nanoseconds, warmupIterations: 3, scalingFactor: .kilo,
    maxDuration: .seconds(2), maxIterations: 1_000)

  for workload in try! MicroWorkloads().all {
    Benchmark(workload.name) { benchmark in
      for number in benchmark.scaledIterations { workload.run(number) }
    }
  }
}
