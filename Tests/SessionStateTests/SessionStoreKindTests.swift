import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

@Suite struct SessionStoreKindTests {
  @Test func parsesTheSessionsFlag() throws {
    #expect(try SessionStoreKind(parsing: "sqlite") == .sqlite)
    #expect(try SessionStoreKind(parsing: "json") == .json)
    #expect(try SessionStoreKind(parsing: "Memory") == .memory)
  }

  @Test func listsTheValidValuesForAnUnknownStore() throws {
    let error = try #require(throws: SessionStoreError.self) { try SessionStoreKind(parsing: "redis") }
    #expect(error.description == #"unknown session store "redis"; use sqlite, json or memory"#)
  }

  @Test func makesTheStoreOfEachKindAtTheAgentsPaths() {
    let layout = StateLayout(folder: "/state", agent: "work")
    let sqlite = makeSessionStore(kind: .sqlite, layout: layout) as? SQLiteSessionStore
    let json = makeSessionStore(kind: .json, layout: layout) as? JSONSessionStore
    #expect(sqlite?.path == "/state/agents/work/sessions/pins.sqlite")
    #expect(json?.path == "/state/agents/work/sessions/sessions.json")
    #expect(makeSessionStore(kind: .memory, layout: layout) is InMemorySessionStore)
  }
}
