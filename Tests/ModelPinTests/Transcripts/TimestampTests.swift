import ModelPin
import Testing

@Suite struct TimestampTests {
  @Test func parsesUTCTimes() {
    #expect(Timestamp.parse("2026-11-24T10:00:00Z") == 1_795_514_400_000)
    #expect(Timestamp.parse("1970-01-01T00:00:00Z") == 0)
  }

  @Test func parsesFractionsAndOffsets() {
    #expect(Timestamp.parse("2026-11-24T10:00:00.250Z") == 1_795_514_400_250)
    #expect(Timestamp.parse("2026-11-24T12:00:00+02:00") == 1_795_514_400_000)
    #expect(Timestamp.parse("2026-11-24T05:30:00-04:30") == 1_795_514_400_000)
  }

  @Test func refusesWhatIsNotATime() {
    for text in ["", "2026-11-24", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-24T10:00:00", "tomorrow"] {
      #expect(Timestamp.parse(text) == nil, "\(text)")
    }
  }

  @Test func formatsBackWhatItParses() {
    for text in ["2026-11-24T10:00:00Z", "2000-02-29T23:59:59.500Z", "1969-12-31T23:59:59Z"] {
      #expect(Timestamp.parse(text).map(Timestamp.format) == text)
    }
  }
}
