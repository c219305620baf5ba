import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct TokenLifetimeTests {
    @Test func readsDaysHoursAndMinutes() {
      #expect(TokenLifetime.milliseconds("30d") == 30 * 24 * hour)
      #expect(TokenLifetime.milliseconds("12h") == 12 * hour)
      #expect(TokenLifetime.milliseconds("45m") == 45 * hour / 60)
      #expect(TokenLifetime.milliseconds("1d12H") == 36 * hour)
    }

    @Test(arguments: ["", "30", "d", "3w", "1.5d", "-1d", "0d", "30 d", "99999999999999999d"])
    func refusesWhatIsNotALifetime(_ text: String) {
      #expect(TokenLifetime.milliseconds(text) == nil)
    }
  }
}
