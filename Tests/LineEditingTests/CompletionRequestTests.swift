import Testing

@testable import LineEditing

@Suite struct CompletionRequestTests {
  @Test func turnsLibeditsCharacterOffsetsIntoBytesAfterChineseText() {
    let request = CompletionRequest(lineBuffer: "中文 ab@cd", start: 6, end: 8)
    #expect(request == CompletionRequest(line: "中文 ab@cd", wordStart: 10))
  }

  @Test func endsTheLineAtTheCursor() {
    let request = CompletionRequest(lineBuffer: "/model so more", start: 7, end: 9)
    #expect(request == CompletionRequest(line: "/model so", wordStart: 7))
  }
}
