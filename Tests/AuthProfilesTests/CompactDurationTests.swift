import AuthProfiles
import Testing

@Suite struct CompactDurationTests {
  @Test func showsOneUnit() {
    #expect(compactDuration(milliseconds: 45 * second) == "45s")
    #expect(compactDuration(milliseconds: 4 * minute) == "4m")
    #expect(compactDuration(milliseconds: 3 * hour) == "3h")
    #expect(compactDuration(milliseconds: 2 * day) == "2d")
  }

  @Test func roundsUpSoThatAProfileIsNeverPromisedEarly() {
    #expect(compactDuration(milliseconds: 1) == "1s")
    #expect(compactDuration(milliseconds: 59 * second + 1) == "1m")
    #expect(compactDuration(milliseconds: 4 * minute + 10 * second) == "5m")
    #expect(compactDuration(milliseconds: 23 * hour + 1) == "1d")
  }

  @Test func showsNoTimeLeftAsZeroSeconds() {
    #expect(compactDuration(milliseconds: 0) == "0s")
    #expect(compactDuration(milliseconds: -5 * minute) == "0s")
  }
}
