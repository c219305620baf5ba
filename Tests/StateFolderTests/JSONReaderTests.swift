import StateFolder
import Testing

@Suite struct JSONReaderTests {
  @Test func keepsObjectKeysInFileOrder() throws {
    let value = try JSONValue.parse(#"{"zeta": 1, "alpha": 2, "mid": {"b": 1, "a": 2}}"#)
    #expect(value.objectValue?.keys == ["zeta", "alpha", "mid"])
    #expect(value["mid"]?.objectValue?.keys == ["b", "a"])
  }

  @Test func keepsNumbersAsWritten() throws {
    let value = try JSONValue.parse(#"[1.50, 1e3, -0, 1767225600000]"#)
    #expect(value.serialized(pretty: false) == "[1.50,1e3,-0,1767225600000]")
    #expect(value.arrayValue?[3].int64Value == 1_767_225_600_000)
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try JSONValue.parse(#""a\n\u00e9\ud83d\ude00\"""#)
    #expect(value.stringValue == "a\né😀\"")
  }

  @Test func readsJSON5CommentsTrailingCommasAndBareKeys() throws {
    let text = """
      // config
      { agents: { defaults: { model: 'anthropic/claude-opus-4-6', }, }, /* note */ n: +.5, h: 0x1F, }
      """
    let value = try JSONValue.parse(text, json5: true)
    #expect(value["agents"]?["defaults"]?["model"]?.stringValue == "anthropic/claude-opus-4-6")
    #expect(value["n"]?.doubleValue == 0.5)
    #expect(value["h"]?.int64Value == 31)
  }

  @Test func refusesJSON5InStrictMode() {
    #expect(throws: JSONParseError.self) { try JSONValue.parse("{a: 1}") }
    #expect(throws: JSONParseError.self) { try JSONValue.parse("[1,]") }
  }

  @Test func reportsLineAndColumnOfAnError() {
    do {
      _ = try JSONValue.parse("{\n  \"a\": 1,\n  \"b\" 2\n}")
      Issue.record("expected a parse error")
    } catch {
      #expect(error.line == 3)
      #expect(error.column == 7)
      #expect(error.message.contains("expected ':'"))
    }
  }

  @Test func countsColumnsInCharactersNotBytes() {
    do {
      _ = try JSONValue.parse("{\"名前\": x}")
      Issue.record("expected a parse error")
    } catch {
      #expect(error.line == 1)
      #expect(error.column == 8)
    }
  }

  @Test func refusesAbsurdNestingInsteadOfCrashing() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
  }

  @Test func refusesEmptyAndTruncatedDocuments() {
    #expect(throws: JSONParseError.self) { try JSONValue.parse("") }
    #expect(throws: JSONParseError.self) { try JSONValue.parse("{\"a\": \"unterminated") }
    #expect(throws: JSONParseError.self) { try JSONValue.parse("{} trailing") }
  }

  @Test func decodesEscapesAfterAPlainRun() throws {
    let value = try JSONValue.parse(#"["plain text then\ttab", "\u00e9 first", "café \"quoted\""]"#)
    #expect(value == .array([.string("plain text then\ttab"), .string("é first"), .string("café \"quoted\"")]))
  }

  @Test func repairsInvalidUTF8InStrings() throws {
    let value = try JSONValue.parse(utf8: [0x22, 0x61, 0xFF, 0x62, 0x22])
    #expect(value == .string("a\u{FFFD}b"))
  }

  @Test func handsOverTheNamedMembersOfAnObjectInOrder() throws {
    var members: [(Int, JSONValue)] = []
    let text = #"{"a": 1, "nested": {"x": [true, null]}, "other": {"a": 2}, "a": "again"}"#
    let isObject = try JSONValue.parseMembers(utf8: Array(text.utf8), named: ["nested", "a"]) {
      members.append(($0, $1))
    }
    #expect(isObject)
    #expect(members.map(\.0) == [1, 0, 1])
    #expect(members.map(\.1) == [.number("1"), try JSONValue.parse(#"{"x": [true, null]}"#), .string("again")])
  }

  @Test func matchesKeysByTheirBytes() throws {
    let text = #"{"\u0061": 1, "b\u0301": 2, "\u212A": 3, "K": 4, "a\"": 5, "long key past eight bytes": 6}"#
    let names: [StaticString] = ["a", "K", "b", "long key past eight bytes"]
    var members: [(Int, JSONValue)] = []
    _ = try JSONValue.parseMembers(utf8: Array(text.utf8), named: names) { members.append(($0, $1)) }
    #expect(members.map(\.0) == [0, 1, 3])
    #expect(members.map(\.1) == [.number("1"), .number("4"), .number("6")])
    let object = try #require(try JSONValue.parse(text).objectValue)
    #expect(object["K"] == .number("4"))
    #expect(object["\u{212A}"] == .number("3"))
    #expect(object["b"] == nil)
  }

  @Test func keepsKeysThatDifferOnlyInNormalizationApart() throws {
    let text = #"{"caf\u00e9": 1, "cafe\u0301": 2, "\u212Aelvin": 3, "Kelvin": 4}"#
    var object = try #require(try JSONValue.parse(text).objectValue)
    #expect(object.count == 4)
    #expect(object["caf\u{E9}"] == .number("1") && object["cafe\u{301}"] == .number("2"))
    object["cafe\u{301}"] = .number("5")
    for index in 0..<10 { object["k\(index)"] = .null }
    #expect(object["caf\u{E9}"] == .number("1") && object["cafe\u{301}"] == .number("5"))
    #expect(object["\u{212A}elvin"] == .number("3") && object["Kelvin"] == .number("4"))
    let written = try #require(try JSONValue.parse(JSONValue.object(object).serialized()).objectValue)
    #expect(written.count == 14 && written == object)
  }

  @Test func handsOverNothingForADocumentThatIsNotAnObject() throws {
    var count = 0
    #expect(try JSONValue.parseMembers(utf8: Array("[1, 2]".utf8), named: ["a"]) { _, _ in count += 1 } == false)
    #expect(try JSONValue.parseMembers(utf8: Array("{}".utf8), named: ["a"]) { _, _ in count += 1 } == true)
    #expect(count == 0)
  }

  @Test func readingMembersReportsTheErrorsOfAWholeParse() {
    let documents = [
      #"{"a": 1, "b": {"c": tru}}"#, #"{"a": 1} x"#, "{a: 1}", "", #"[1,"#, #"{"a" 1}"#, #"{"k\u00e9y" 1}"#,
      #"{"unnamed" 1}"#, "{\"a\u{1}\": 1}",
    ]
    for document in documents {
      var parseError: JSONParseError?
      do { _ = try JSONValue.parse(document) } catch { parseError = error }
      var membersError: JSONParseError?
      do { _ = try JSONValue.parseMembers(utf8: Array(document.utf8), named: ["a"]) { _, _ in } } catch {
        membersError = error
      }
      #expect(parseError != nil, "\(document)")
      #expect(membersError == parseError, "\(document)")
    }
  }

  @Test func readsMembersOfJSON5() throws {
    var names: [Int] = []
    let isObject = try JSONValue.parseMembers(
      utf8: Array("// c\n{a: 1, 'b': 2,}".utf8), json5: true, named: ["b", "a"]
    ) {
      name, _ in names.append(name)
    }
    #expect(isObject)
    #expect(names == [1, 0])
  }

  @Test func readsEveryJSON5ValueAndEscape() throws {
    let text = "{a: [NaN, Infinity, +Infinity, -Infinity, -NaN], b: '\\x41\\v\\0\\q\\\nc\\\r\nd\\\u{2028}e'}"
    let value = try JSONValue.parse(text, json5: true)
    #expect(value["a"] == .array(Array(repeating: .null, count: 5)))
    #expect(value["b"] == .string("A\u{0B}\u{0}qcde"))
    #expect(try JSONValue.parse(value.serialized()) == value)
    for refused in [#"'\x4'"#, #"'\01'"#, #"'\1'"#, "Infinit", "+NaNa"] {
      #expect(throws: JSONParseError.self, "\(refused)") { try JSONValue.parse(refused, json5: true) }
    }
    for strict in ["NaN", "Infinity", #""\x41""#, #""\v""#, #""\0""#] {
      #expect(throws: JSONParseError.self, "\(strict)") { try JSONValue.parse(strict) }
    }
  }
}
