import ModelCatalog
import Testing

@testable import ModelPin

@Suite struct ShownListsTests {
  private let refs = ShownList.candidates([ModelRef(provider: "openai", model: "gpt-5.2")])

  @Test func keepsTheMostRecentlyUsedListsWithinItsCapacity() {
    var lists = ShownLists(capacity: 8)
    for index in 0..<8 { lists["s\(index)"] = refs }
    // Reading s0 makes it recent; s1 is then the least recently used.
    #expect(lists["s0"] == refs)
    lists["s8"] = refs
    #expect(lists.count == 6)
    #expect(lists["s0"] == refs && lists["s8"] == refs && lists["s7"] == refs)
    #expect(lists["s1"] == nil && lists["s2"] == nil && lists["s3"] == nil)
    for index in 9..<1000 { lists["s\(index)"] = refs }
    #expect(lists.count <= 8)
  }

  @Test func anInterpreterKeepsTheListsOfAFewThousandSessionsAtMost() throws {
    let fixture = try InterpreterFixture()
    #expect(fixture.send("/model list openai", session: "first").ok)
    let filtered = fixture.send("/model 1", session: "first").route?.model
    for index in 0..<(ShownLists.defaultCapacity + 100) { fixture.send("/model list", session: "s\(index)") }
    #expect(fixture.interpreter.lastLists.withLock { $0.count } <= ShownLists.defaultCapacity)
    // The first session's list was dropped: it picks from the unfiltered list, as after a restart.
    let unfiltered = fixture.send("/model 1", session: "new").route?.model
    #expect(fixture.send("/model 1", session: "first").route?.model == unfiltered)
    #expect(filtered != unfiltered)
  }
}
