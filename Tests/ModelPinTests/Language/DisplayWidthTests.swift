import Testing

@testable import ModelPin

@Suite struct DisplayWidthTests {
  @Test func countsWideCharactersAsTwoColumns() {
    #expect(DisplayWidth.of("Current:") == 8)
    #expect(DisplayWidth.of("目前：") == 6)
    #expect(DisplayWidth.of("／ｍｏｄｅｌ") == 12)
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }

  @Test func alignsColumnsOfMixedWidthLabels() {
    let text = Columns.render([("目前：", "a"), ("Agent:", "b")])
    #expect(text == "目前： a\nAgent: b")
  }
}
