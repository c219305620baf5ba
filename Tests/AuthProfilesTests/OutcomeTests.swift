import AuthProfiles
import Testing

@Suite struct OutcomeTests {
  @Test func usesTheNamesBridgesReport() {
    #expect(
      Outcome.allCases.map(\.rawValue) == ["ok", "rate_limit", "auth", "billing", "timeout", "format", "server_error"])
    #expect(Outcome(rawValue: "rate_limit") == .rateLimit)
    #expect(Outcome(rawValue: "rateLimit") == nil)
  }
}
