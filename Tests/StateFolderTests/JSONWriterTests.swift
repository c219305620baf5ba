import SafeText
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

  @Test func escapesExactlyTheCharactersThatMustNotBeShownRaw() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), scalar != "\"", scalar != "\\" else { continue }
      // Long enough for the eight-byte steps, and at the end where fewer than eight are left; and
      // in a string of fewer than eight bytes, tested as one padded word.
      for text in ["abcdefgh" + String(scalar) + "ijklmnopq", "a" + String(scalar)] {
        let written = JSONValue.string(text).serialized(pretty: false)
        let isEscaped = !written.unicodeScalars.contains(scalar)
        guard isEscaped == DisplayCharacters.isEscaped(scalar) else {
          Issue.record("U+\(String(value, radix: 16)) written as \(written.debugDescription)")
          return
        }
      }
    }
  }

  @Test func escapesC1ControlsAndLineSeparatorsButKeepsOtherUnicode() {
    let value = JSONValue.string("é\u{85}中\u{2028}x\u{2029}\u{9F}🙂")
    #expect(value.serialized(pretty: false) == #""é\u0085中\u2028x\u2029\u009f🙂""#)
  }

  @Test func appendsNewKeysAndRemovesDeletedOnes() {
    var object = JSONObject([("a", .integer(1)), ("b", .integer(2))])
    object["c"] = .bool(true)
    object["a"] = nil
    object["b"] = .string("x")
    #expect(JSONValue.object(object).serialized(pretty: false) == #"{"b":"x","c":true}"#)
  }

  @Test func keepsOrderAndFindsKeysInObjectsLargeEnoughToIndex() {
    var object = JSONObject((0..<20).map { ("k\($0)", .integer(Int64($0))) })
    object["k3"] = nil
    object["k3"] = .bool(true)
    object["k19"] = .string("last")
    #expect(object.keys == (0..<20).filter { $0 != 3 }.map { "k\($0)" } + ["k3"])
    #expect(object["k3"] == .bool(true) && object["k19"] == .string("last") && object["k4"] == .integer(4))
    #expect(object["k20"] == nil && object.count == 20)
  }
}
