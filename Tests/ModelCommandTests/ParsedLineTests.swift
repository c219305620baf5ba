import ModelCommand
import ModelPinTestSupport
import Testing

@Suite struct ParsedLineTests {
  @Test func dumpsEachKindOfLine() {
    let parser = CommandParser()
    #expect(parser.parse("/model").debugDescription == #"command show "/model" @0..<6 name@0..<6"#)
    #expect(parser.parse("hi").debugDescription == "chat")
    #expect(
      parser.parse("/mdoel, I mean /model").debugDescription
        == #"chat didYouMean("/mdoel" -> "/model") modelCommandNotAtStart"#)
    #expect(
      parser.parse("/model a b").debugDescription == #"invalid trailing_text trailingText(leftover: "b") @9..<10"#)
  }

  /// `fixtures/parser/lines.txt` parsed line by line (aliases sonnet, opus and gpt), dumped next
  /// to each input, must equal `fixtures/parser/lines.golden` (`RECORD_GOLDEN=1` rewrites it).
  @Test func dumpsTheFixtureLinesAsTheirGoldenFileSays() throws {
    let parser = CommandParser(aliases: ["sonnet", "opus", "gpt"])
    let inputs = try Fixtures.text("parser/lines.txt").split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
      .filter { !$0.hasPrefix("#") }
    #expect(inputs.count > 80)
    var dump = ""
    for input in inputs {
      let line = try Self.bytes(ofEscaped: input)
      dump += "\(input)\n  \(parser.parse(utf8: line).debugDescription)\n"
    }
    let difference = try Golden.difference(dump, goldenFile: "parser/lines.golden")
    #expect(difference == nil, Comment(rawValue: difference ?? ""))
  }

  /// The bytes of a fixture line, whose escapes are `\u{HEX}` (a scalar), `\x{HEX}` (one raw
  /// byte, for invalid UTF-8), `\t`, `\n`, `\r` and `\\`.
  private static func bytes(ofEscaped line: Substring) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = line[...]
    while let backslash = rest.firstIndex(of: "\\") {
      bytes += Array(rest[..<backslash].utf8)
      rest = rest[rest.index(after: backslash)...]
      switch rest.first {
      case "t": bytes.append(0x09)
      case "n": bytes.append(0x0A)
      case "r": bytes.append(0x0D)
      case "\\": bytes.append(UInt8(ascii: "\\"))
      case "u", "x":
        guard let close = rest.firstIndex(of: "}"), rest.dropFirst().first == "{",
          let value = UInt32(rest[rest.index(rest.startIndex, offsetBy: 2)..<close], radix: 16)
        else { throw FixtureError("bad escape in fixture line: \(line)") }
        if rest.first == "x" {
          guard let byte = UInt8(exactly: value) else { throw FixtureError("bad byte in fixture line: \(line)") }
          bytes.append(byte)
        } else {
          guard let scalar = Unicode.Scalar(value) else { throw FixtureError("bad scalar in fixture line: \(line)") }
          bytes += Array(String(scalar).utf8)
        }
        rest = rest[close...]
      default:
        throw FixtureError("bad escape in fixture line: \(line)")
      }
      rest = rest.dropFirst()
    }
    return bytes + Array(rest.utf8)
  }
}
