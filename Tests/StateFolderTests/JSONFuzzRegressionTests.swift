import StateFolder
import Testing

/// What FuzzStateFiles found in the JSON reader and writer.
@Suite struct JSONFuzzRegressionTests {
  /// A JSON5 number with leading zeros was kept as `007`, and modelpin wrote it back into
  /// sessions.json that way: a file OpenClaw's JSON.parse refuses.
  @Test(arguments: [("007", "7"), ("-00.5e01", "-0.5e01"), ("000", "0"), ("0.25", "0.25"), ("-0", "-0")])
  func json5NumbersWithLeadingZerosWriteBackAsJSON(_ text: String, _ written: String) throws {
    let value = try JSONValue.parse("{\"n\": \(text)}", json5: true)
    #expect(value["n"] == .number(written))
    #expect(try JSONValue.parse(value.serialized()) == value)
  }

  @Test(arguments: ["{a: 0x1F, b: +1, c: .5, d: 5., e: 'x\\u001b', /* c */ f: [1,],}", "[-0x10, 1e5, 'a\\'b']"])
  func everyJSON5DocumentWritesBackAsJSONThatReadsTheSame(_ text: String) throws {
    let value = try JSONValue.parse(text, json5: true)
    #expect(try JSONValue.parse(value.serialized()) == value)
    #expect(try JSONValue.parse(value.serialized(pretty: false)) == value)
  }
}
