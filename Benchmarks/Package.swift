// swift-tools-version: 6.1
import PackageDescription

// modelpin's benchmarks, kept out of the main package so that building or testing modelpin never
// fetches or builds the benchmark tooling. `make bench` (at the root) runs both parts:
// - `ModelPinBenchmarks`: micro benchmarks under ordo-one/benchmark (`swift package benchmark`);
// - `modelpin-bench`: the end-to-end figures, which run the release `modelpin` binary.
let package = Package(
  name: "modelpin-benchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    // Named, because a path dependency is otherwise known by its folder's name, which differs by checkout.
    .package(name: "modelpin", path: ".."),
    // On Linux with Swift 6.3 only the malloc interposer trait builds from the local mirror.
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // Inputs shared by both: a copy of a state folder, interpreters over it, generated transcripts.
    .target(
      name: "BenchmarkFixtures",
      dependencies: [.product(name: "ModelPin", package: "modelpin")]),
    .executableTarget(
      name: "modelpin-bench",
      dependencies: ["BenchmarkFixtures", .product(name: "ModelPin", package: "modelpin")]),
    .executableTarget(
      name: "ModelPinBenchmarks",
      dependencies: [
        "BenchmarkFixtures",
        .product(name: "ModelPin", package: "modelpin"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/ModelPinBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
  ]
)
