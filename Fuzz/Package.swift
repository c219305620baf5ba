// swift-tools-version: 6.1
// libFuzzer targets for modelpin: a package of its own, so that the normal build never builds them.
// Build and run them with `Fuzz/run.sh` (or `make fuzz`), which passes `-sanitize=fuzzer`.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between clones.
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let modelpin = parent.lastPathComponent.lowercased()

/// Targets are libraries for libFuzzer's own `main`.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "modelpin-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(path: "..")],
  targets: [
    .target(name: "FuzzSupport", dependencies: [.product(name: "ModelPin", package: modelpin)]),
    .executableTarget(name: "FuzzParser", dependencies: ["FuzzSupport"], swiftSettings: fuzzSettings),
    .executableTarget(name: "FuzzInterpreter", dependencies: ["FuzzSupport"], swiftSettings: fuzzSettings),
    .executableTarget(name: "FuzzStateFiles", dependencies: ["FuzzSupport"], swiftSettings: fuzzSettings),
  ]
)
