import ModelCommand
import Testing

@Suite struct ChatHintTests {
  @Test func dumpsEachHint() {
    #expect(ChatHint.modelCommandNotAtStart.debugDescription == "modelCommandNotAtStart")
    #expect(
      ChatHint.didYouMean(typed: "/modle", suggestion: "/model").debugDescription
        == #"didYouMean("/modle" -> "/model")"#)
  }

  @Test func givesEachHintOnceInTheOrderOfItsPlaceInTheLine() {
    let line = "/modle here, /model there, /models everywhere"
    let hints: [ChatHint] = [.didYouMean(typed: "/modle", suggestion: "/model"), .modelCommandNotAtStart]
    #expect(CommandParser().parse(line) == .chat(ChatLine(hints: hints)))
  }
}
