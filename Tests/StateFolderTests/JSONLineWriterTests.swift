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

  @Test func escapesStringsAsTheDocumentWriterDoes() throws {
    let text = "tab\there \"quoted\" \\ \u{1B}[2J é\u{2028}"
    var writer = JSONLineWriter()
    writer.string(text)
    #expect(writer.text == JSONValue.string(text).serialized(pretty: false))
    #expect(try JSONValue.parse(writer.text) == .string(text))
  }
}
