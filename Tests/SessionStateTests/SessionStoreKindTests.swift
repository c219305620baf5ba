import SessionState
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
}
