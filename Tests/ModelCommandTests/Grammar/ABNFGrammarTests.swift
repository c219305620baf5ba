import Testing

@Suite struct ABNFGrammarTests {
  typealias Element = ABNFGrammar.Element

  @Test func readsEveryKindOfElement() throws {
    let grammar = try ABNFGrammar(
      """
      Greeting = "hi" / %x48.49 ; a comment with "quotes" and / slashes
      list     = 1*3item *( "," item ) [ "!" ]
      item     = ( ALPHA / %d48-57 ) 2DIGIT %b1000001
      note     = <any text; really>
      """)
    #expect(
      try grammar.definition(of: "greeting")
        == .alternation([.text("hi", caseSensitive: false), .text("HI", caseSensitive: true)]))
    #expect(
      try grammar.definition(of: "LIST")
        == .concatenation([
          .repetition(.rule("item"), min: 1, max: 3),
          .repetition(.concatenation([.text(",", caseSensitive: false), .rule("item")]), min: 0, max: nil),
          .repetition(.text("!", caseSensitive: false), min: 0, max: 1),
        ]))
    #expect(
      try grammar.definition(of: "item")
        == .concatenation([
          .alternation([.rule("alpha"), .range(48, 57)]), .repetition(.rule("digit"), min: 2, max: 2), .range(65, 65),
        ]))
    #expect(try grammar.definition(of: "note") == .prose("any text; really"))
    #expect(grammar.undefinedNames().isEmpty)
  }

  @Test func joinsContinuationLinesAndIncrementalAlternatives() throws {
    let grammar = try ABNFGrammar(
      """
      kind = "a"
           / "b"
      kind =/ "c"
      """)
    let letters = ["a", "b", "c"].map { Element.text($0, caseSensitive: false) }
    #expect(try grammar.definition(of: "kind") == .alternation(letters))
  }

  @Test func reportsMistakesWithTheirLine() {
    #expect(throws: ABNFError.self) { try ABNFGrammar("a = \"x\"\na = \"y\"") }
    #expect(throws: ABNFError.self) { try ABNFGrammar("a =/ \"x\"") }
    #expect(throws: ABNFError.self) { try ABNFGrammar("a = ( \"x\"") }
    #expect(throws: ABNFError.self) { try ABNFGrammar("a = %q41") }
    #expect((try? ABNFGrammar("a = b"))?.undefinedNames() == ["b"])
  }
}
