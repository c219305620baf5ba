import ModelPinTestSupport
import PostgresState
import SessionState
import StateFolder
import Testing

/// The stores the contract is checked on: each kind `--sessions` can name, and PostgreSQL.
enum ContractStore: CaseIterable, CustomStringConvertible, Sendable {
  case sqlite, json, memory, postgres

  var description: String {
    switch self {
    case .sqlite: "sqlite"
    case .json: "json"
    case .memory: "memory"
    case .postgres: "postgres"
    }
  }

  /// A new store with no pins: in a new state folder, or in a new schema of the test server.
  func makeEmpty() throws -> any SessionStore {
    let layout = StateLayout(folder: try TemporaryFolder.make().path, agent: "main")
    switch self {
    case .sqlite: return makeSessionStore(kind: .sqlite, layout: layout)
    case .json: return makeSessionStore(kind: .json, layout: layout)
    case .memory: return makeSessionStore(kind: .memory, layout: layout)
    case .postgres:
      return PostgresDatabase(url: try DatabaseURL(PostgresTestServer.databaseURL()), agent: "main").sessions
    }
  }
}

/// What every store promises, checked on each kind `--sessions` can name and on PostgreSQL.
@Suite struct SessionStoreTests {
  static let sonnet = SessionPins(
    model: "anthropic/claude-sonnet-4-5", profile: "anthropic:work", profileSource: .user, updatedAt: 1_764_064_800_000)

  /// A store of `kind` in a new, empty state folder or database schema.
  static func emptyStore(_ kind: ContractStore) throws -> any SessionStore {
    try kind.makeEmpty()
  }

  @Test(arguments: ContractStore.allCases)
  func readsBackWhatWasSaved(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    try store.save(Self.sonnet, for: "telegram:dm:42")
    #expect(try store.pins(for: "telegram:dm:42") == Self.sonnet)
    #expect(try store.pins(for: "main") == nil)
  }

  @Test(arguments: ContractStore.allCases)
  func replacesPinsOnSave(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    try store.save(Self.sonnet, for: "main")
    let auto = SessionPins(
      model: "openai/gpt-5-mini", profile: "openai:b", profileSource: .auto, updatedAt: 1_764_064_900_000)
    try store.save(auto, for: "main")
    #expect(try store.pins(for: "main") == auto)
  }

  @Test(arguments: ContractStore.allCases)
  func forgetsPinsWhenEmptyPinsAreSaved(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    try store.save(Self.sonnet, for: "main")
    try store.save(SessionPins(updatedAt: 1_764_064_900_000), for: "main")
    #expect(try store.pins(for: "main") == nil)
    #expect(try store.allPins().isEmpty)
  }

  @Test(arguments: ContractStore.allCases)
  func removesPinsOfOneSessionOnly(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    try store.save(Self.sonnet, for: "main")
    try store.save(Self.sonnet, for: "telegram:dm:42")
    try store.removePins(for: "main")
    try store.removePins(for: "never-pinned")
    #expect(try store.pins(for: "main") == nil)
    #expect(try store.pins(for: "telegram:dm:42") == Self.sonnet)
  }

  @Test(arguments: ContractStore.allCases)
  func listsPinnedSessionsInKeyOrder(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    for session in ["é", "b", "a:thread:1", "B", "a"] {
      try store.save(Self.sonnet, for: session)
    }
    #expect(try store.allPins().map(\.session) == ["B", "a", "a:thread:1", "b", "é"])
    #expect(try store.allPins().allSatisfy { $0.pins == Self.sonnet })
  }

  @Test(arguments: ContractStore.allCases)
  func refusesInvalidSessionKeys(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    #expect(throws: SessionStoreError.invalidSessionKey("", problem: .empty)) {
      try store.save(Self.sonnet, for: "")
    }
    #expect(throws: SessionStoreError.self) { try store.pins(for: "main\n") }
  }

  @Test(arguments: ContractStore.allCases)
  func losesNoPinsWhenTasksShareTheStore(kind: ContractStore) async throws {
    let store = try Self.emptyStore(kind)
    try await withThrowingTaskGroup { group in
      for index in 0..<40 {
        group.addTask { try store.save(Self.sonnet, for: "telegram:dm:\(index)") }
      }
      try await group.waitForAll()
    }
    #expect(try store.allPins().count == 40)
  }

  @Test(arguments: ContractStore.allCases)
  func savesOnlyOverThePinsTheWriterRead(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    let haiku = SessionPins(model: "anthropic/claude-haiku-4-5", updatedAt: 1_764_064_900_000)
    #expect(try store.save(Self.sonnet, for: "main", ifUnchangedFrom: nil))
    // Another writer read nothing, then the session changed: its write is refused.
    #expect(try store.save(haiku, for: "main", ifUnchangedFrom: nil) == false)
    #expect(try store.pins(for: "main") == Self.sonnet)
    // The time of the last change is not compared: OpenClaw moves it on every message.
    var readEarlier = Self.sonnet
    readEarlier.updatedAt = 1
    #expect(try store.save(haiku, for: "main", ifUnchangedFrom: readEarlier))
    #expect(try store.pins(for: "main") == haiku)
    #expect(try store.save(SessionPins(), for: "main", ifUnchangedFrom: haiku))
    #expect(try store.pins(for: "main") == nil)
  }

  @Test(arguments: ContractStore.allCases)
  func readsAThreadWithItsParent(kind: ContractStore) throws {
    let store = try Self.emptyStore(kind)
    #expect(try store.snapshot(of: "discord:channel:c1:thread:9") == SessionSnapshot())
    try store.save(Self.sonnet, for: "discord:channel:c1")
    let own = SessionPins(model: "openai/gpt-5-mini", updatedAt: 1_764_064_900_000)
    try store.save(own, for: "discord:channel:c1:thread:9")
    #expect(try store.snapshot(of: "discord:channel:c1:thread:9") == SessionSnapshot(own: own, parent: Self.sonnet))
    #expect(try store.snapshot(of: "discord:channel:c1") == SessionSnapshot(own: Self.sonnet))
  }
}
