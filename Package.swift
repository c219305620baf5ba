// swift-tools-version: 6.1
import PackageDescription

/// Upcoming language features every target opts into.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "modelpin",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "modelpin", targets: ["modelpin"]),
    .library(name: "ModelPin", targets: ["ModelPin"]),
    .library(name: "ModelPinOperator", targets: ["ModelPinOperator"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // Tests on eight bytes at once, for the scans of text below.
    .target(name: "ByteWords", swiftSettings: swiftSettings),
    // The characters that must not reach a terminal raw, their escaping, and `SafeText`, the text
    // that is safe to print: replies, views, reports and errors are made of it.
    .target(name: "SafeText", dependencies: ["ByteWords"], swiftSettings: swiftSettings),
    // The parser of chat lines: pure, no I/O. grammars/ is its source of truth.
    .target(name: "ModelCommand", dependencies: ["ByteWords", "SafeText"], swiftSettings: swiftSettings),
    // The state folder: paths, config (JSON5), .env, ordered JSON, atomic writes and locks, provider names.
    .target(name: "StateFolder", dependencies: ["ByteWords", "SafeText"], swiftSettings: swiftSettings),
    // Providers, the built-in catalog, refs, aliases and model resolution.
    .target(
      name: "ModelCatalog", dependencies: ["StateFolder"],
      resources: [.copy("Resources/catalog.json")], swiftSettings: swiftSettings),
    // auth-profiles.json, health, order, environment credentials, outcomes and cooldowns.
    .target(name: "AuthProfiles", dependencies: ["StateFolder"], swiftSettings: swiftSettings),
    // Session pins and their stores: SQLite (GRDB), sessions.json, memory.
    .target(
      name: "SessionState",
      dependencies: [
        "StateFolder", "SafeText", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings),
    // The library a bridge embeds: interpreter, routes, replies, views, messages, replay and serve.
    // What only the operator reports need of it is `package`, not public.
    .target(
      name: "ModelPin",
      dependencies: [
        "ModelCommand", "SafeText", "StateFolder", "ModelCatalog", "AuthProfiles", "SessionState", "PostgresState",
      ],
      resources: [.copy("Resources/messages")], swiftSettings: swiftSettings,
      plugins: ["MessageConstructors"]),
    // How a message id is spelled as a Swift name, for the generator and the tests.
    .target(name: "MessageNaming", swiftSettings: swiftSettings),
    // Writes a `Message` constructor for each message of an English catalog (build time only).
    .executableTarget(name: "GenerateMessages", dependencies: ["MessageNaming"], swiftSettings: swiftSettings),
    // Runs GenerateMessages on a target's Resources/messages/en.json: a message is declared there once.
    .plugin(name: "MessageConstructors", capability: .buildTool(), dependencies: ["GenerateMessages"]),
    // The operator's reports: status, doctor, auth, sessions, shell completions, the CLI's error
    // texts and their messages (cli.*); used by the executable, never shipped to a bridge that
    // embeds ModelPin.
    .target(
      name: "ModelPinOperator",
      dependencies: [
        "ModelPin", "ModelCommand", "SafeText", "StateFolder", "ModelCatalog", "AuthProfiles", "SessionState",
        "PostgresState",
      ],
      resources: [.copy("Resources/messages")], swiftSettings: swiftSettings,
      plugins: ["MessageConstructors"]),
    // libpq's types and constants only: PostgresState loads the library itself, when a database is used.
    .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),
    // Session pins and auth state shared by several instances through PostgreSQL (spec §8).
    .target(
      name: "PostgresState", dependencies: ["CLibPQ", "SessionState", "AuthProfiles"], swiftSettings: swiftSettings),
    // libedit, through its readline-compatible API.
    .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    // The REPL's line editing: libedit (prompt, keys, completion) and the history file.
    .target(name: "LineEditing", dependencies: ["CEditLine", "StateFolder"], swiftSettings: swiftSettings),
    // The command: flags, input and output only.
    .executableTarget(
      name: "modelpin",
      dependencies: [
        "ModelPin", "ModelPinOperator", "ModelCommand", "ModelCatalog", "LineEditing", "SafeText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    // Helpers the tests share: fixtures, golden files, running the built binary.
    .target(name: "ModelPinTestSupport", dependencies: ["StateFolder", "MessageNaming"], swiftSettings: swiftSettings),
    .testTarget(name: "ByteWordsTests", dependencies: ["ByteWords"], swiftSettings: swiftSettings),
    .testTarget(name: "SafeTextTests", dependencies: ["SafeText"], swiftSettings: swiftSettings),
    .testTarget(
      name: "ModelCommandTests", dependencies: ["ModelCommand", "ModelPinTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "StateFolderTests", dependencies: ["StateFolder", "ModelPinTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "ModelCatalogTests", dependencies: ["ModelCatalog", "ModelPinTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "AuthProfilesTests", dependencies: ["AuthProfiles", "ModelPinTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "SessionStateTests", dependencies: ["SessionState", "PostgresState", "ModelPinTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "PostgresStateTests", dependencies: ["PostgresState", "ModelPinTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "ModelPinTests", dependencies: ["ModelPin", "PostgresState", "ModelPinTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ModelPinOperatorTests", dependencies: ["ModelPinOperator", "ModelPin", "ModelPinTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "LineEditingTests", dependencies: ["LineEditing", "ModelPinTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["ModelPinTestSupport", "StateFolder", "AuthProfiles", "SessionState", "PostgresState"],
      swiftSettings: swiftSettings),
  ]
)
