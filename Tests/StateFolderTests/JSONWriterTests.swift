import StateFolder
import Testing

@Suite struct JSONWriterTests {
  @Test func roundTripsADocumentUnchanged() throws {
    let text = """
      {
        "version": 1,
        "profiles": {
          "b": {
            "extra": [
              true,
              null,
              2.50
            ]
          },
          "a": {}
        }
      }

      """
    #expect(try JSONValue.parse(text).serialized() == text)
  }

  @Test func escapesControlCharactersInStrings() {
    let value = JSONValue.string("a\u{1B}[31m\u{7}\"\\")
    #expect(value.serialized(pretty: false) == #""a\u001b[31m\u0007\"\\""#)
  }

  @Test func appendsNewKeysAndRemovesDeletedOnes() {
    var object = JSONObject([("a", .integer(1)), ("b", .integer(2))])
    object["c"] = .bool(true)
    object["a"] = nil
    object["b"] = .string("x")
    #expect(JSONValue.object(object).serialized(pretty: false) == #"{"b":"x","c":true}"#)
  }
}
