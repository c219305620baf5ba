import StateFolder
import Testing

@Suite struct JSONLineWriterTests {
  @Test func writesNestedValuesWithCommasInPlace() {
    var writer = JSONLineWriter()
    writer.beginObject()
    writer.key("a")
    writer.integer(1)
    writer.key("b")
    writer.beginArray()
    writer.string("x")
    writer.string(nil)
    writer.beginObject()
    writer.endObject()
    writer.endArray()
    writer.key("c")
    writer.bool(false)
    writer.key("d")
    writer.number("2.50")
    writer.key("e")
    writer.integer(nil)
    writer.endObject()
    #expect(writer.text == #"{"a":1,"b":["x",null,{}],"c":false,"d":2.50,"e":null}"#)
  }

  @Test func givesTheTextOfARecordedValueAndWritesItAgainInPlace() {
    var first = JSONLineWriter()
    first.beginArray()
    first.integer(1)
    let recorded = first.recordingValue { writer in
      writer.beginObject()
      writer.key("a")
      writer.string("x\"y")
      writer.endObject()
    }
    first.bool(true)
    first.endArray()
    #expect(String(decoding: recorded, as: UTF8.self) == #"{"a":"x\"y"}"#)
    #expect(first.text == #"[1,{"a":"x\"y"},true]"#)

    var again = JSONLineWriter()
    again.beginObject()
    again.key("n")
    again.integer(2)
    again.key("kept")
    again.json(recorded)
    again.key("z")
    again.integer(nil)
    again.endObject()
    #expect(again.text == #"{"n":2,"kept":{"a":"x\"y"},"z":null}"#)
  }

  @Test func escapesStringsAsTheDocumentWriterDoes() throws {
    let text = "tab\there \"quoted\" \\ \u{1B}[2J é\u{2028}"
    var writer = JSONLineWriter()
    writer.string(text)
    #expect(writer.text == JSONValue.string(text).serialized(pretty: false))
    #expect(try JSONValue.parse(writer.text) == .string(text))
  }

  @Test(arguments: [
    ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1F}", #"\u001f"#), ("\u{7F}", #"\u007f"#),
    ("\u{85}", #"\u0085"#), ("\u{2028}", #"\u2028"#), ("\u{FEFF}", #"\ufeff"#), ("é", "é"), ("→", "→"),
  ])
  func escapesACharacterWhereverItFallsInTheString(character: String, escaped: String) {
    for position in 0...17 {
      let before = String(repeating: "a", count: position)
      let after = String(repeating: "b", count: 17 - position)
      var writer = JSONLineWriter()
      writer.string(before + character + after)
      #expect(writer.text == "\"" + before + escaped + after + "\"", "at \(position)")
    }
  }

  @Test(arguments: [
    ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{0}", #"\u0000"#), ("\u{7F}", #"\u007f"#),
    ("\u{85}", #"\u0085"#), ("\u{202E}", #"\u202e"#), ("é", "é"),
  ])
  func escapesACharacterInAStringOfFewerThanEightBytes(character: String, escaped: String) {
    // Such strings are tested a word at a time, with zero bytes above them.
    for length in character.utf8.count..<8 {
      for position in 0...(length - character.utf8.count) {
        let before = String(repeating: "a", count: position)
        let after = String(repeating: "b", count: length - character.utf8.count - position)
        var writer = JSONLineWriter()
        writer.string(before + character + after)
        #expect(writer.text == "\"" + before + escaped + after + "\"", "\(length) bytes, at \(position)")
      }
    }
  }

  @Test(arguments: [0, 7, 9, 10, 99, 100, -1, -10, 1_767_225_600_000, Int64.max, Int64.min])
  func writesIntegersAsStringDoes(value: Int64) {
    var writer = JSONLineWriter()
    writer.integer(value)
    #expect(writer.text == String(value))
    #expect(writer.bytes == Array(String(value).utf8))
  }

  @Test func growsPastItsFirstCapacity() {
    let long = String(repeating: "x\u{1}", count: 1_000)
    var writer = JSONLineWriter()
    writer.beginArray()
    writer.string(long)
    writer.endArray()
    #expect(writer.text == "[\"" + String(repeating: "x\\u0001", count: 1_000) + "\"]")
  }
}
