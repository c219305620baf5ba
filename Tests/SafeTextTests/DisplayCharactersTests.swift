import Testing

@testable import SafeText

/// The one definition of the characters that must not reach a terminal raw, tested once.
@Suite struct DisplayCharactersTests {
  /// Every escaped range, written out: C0, DEL and C1, the separators, bidi and invisible characters.
  static let documented: [UInt32] =
    Array(0...0x1F) + Array(0x7F...0x9F) + [0x61C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029] + Array(0x202A...0x202E)
    + [0x2060] + Array(0x2066...0x2069) + [0xFEFF]

  @Test func escapesExactlyTheDocumentedCharactersAndLeavesNoneInItsOutput() {
    let escaped = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(DisplayCharacters.isEscaped)
    #expect(escaped.map(\.value) == Self.documented)
    let output = SafeText(escaping: String(String.UnicodeScalarView(escaped))).string
    #expect(!output.unicodeScalars.contains(where: DisplayCharacters.isEscaped))
  }

  @Test func controlsAreTheC0DelAndC1PartOfTheEscapedCharacters() {
    let controls = (UInt32(0)...0x10FFFF).filter(DisplayCharacters.isControl(value:))
    #expect(controls == Array(0...0x1F) + Array(0x7F...0x9F))
    #expect(controls.allSatisfy(DisplayCharacters.isEscaped(value:)))
  }

  @Test(arguments: [
    ("gpt\u{1B}[2J", #"gpt\u{1B}[2J"#),
    ("a\nb\r\n", #"a\nb\r\n"#),
    ("a\tb", #"a\tb"#),
    ("\u{0}\u{7}\u{7F}", #"\u{0}\u{7}\u{7F}"#),
    ("\u{85}\u{9B}", #"\u{85}\u{9B}"#),
    ("abc\u{202E}fed", #"abc\u{202E}fed"#),
    ("\u{2066}\u{2069}\u{61C}\u{200E}\u{200F}", #"\u{2066}\u{2069}\u{61C}\u{200E}\u{200F}"#),
    ("a\u{2028}b\u{2029}", #"a\u{2028}b\u{2029}"#),
    ("\u{200B}\u{2060}\u{FEFF}", #"\u{200B}\u{2060}\u{FEFF}"#),
  ])
  func escapesControlSeparatorBidiAndInvisibleCharacters(text: String, expected: String) {
    #expect(SafeText(escaping: text).string == expected)
    #expect(SafeText(escaping: SafeText(escaping: text).string).string == expected, "escaping is idempotent")
  }

  @Test(arguments: ["opus@anthropic:work", "日本語 ／ｍｏｄｅｌ", "family 👨‍👩‍👧 and é", #"C:\path\n"#, ""])
  func keepsPrintableTextAsItIs(text: String) {
    #expect(SafeText(escaping: text).string == text)
    #expect(DisplayCharacters.isPrintable(text))
  }

  @Test func escapesSubstrings() {
    let line = "x: a\u{1B}b"
    #expect(SafeText(escaping: line.dropFirst(3)).string == #"a\u{1B}b"#)
  }

  @Test(arguments: [
    ("one\ntwo", "one\ntwo"),
    ("日本語\n\u{1B}[2J\r\n", "日本語\n" + #"\u{1B}[2J\r"# + "\n"),
    ("a\u{202E}\n\n\tb", #"a\u{202E}"# + "\n\n" + #"\tb"#),
  ])
  func escapesLinesButKeepsTheirNewlines(text: String, expected: String) {
    #expect(
      SafeText(escapingLines: "a line of printable ASCII\n" + text).string == "a line of printable ASCII\n" + expected)
    #expect(SafeText(escapingLines: text).string == expected)
  }

  @Test func tellsPlainTextFromItsBytesExactlyAsFromItsScalars() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      // A sequence of more than one byte is read from its bytes, to the scalar it encodes.
      if value >= 0x80 {
        let found = Array(String(scalar).utf8).withUnsafeBufferPointer {
          DisplayCharacters.escapedScalar(at: 0, in: $0)?.scalar
        }
        guard (found != nil) == DisplayCharacters.isEscaped(scalar), found == nil || found == value else {
          Issue.record("U+\(String(value, radix: 16)) read from its bytes as \(found.map(String.init) ?? "nothing")")
          return
        }
      }
      // Short, and long enough for the eight-byte steps, at two alignments.
      for text in [
        "a" + String(scalar) + "b", "abcdefghijk" + String(scalar) + "lmnopqrstuvw", "abcd" + String(scalar),
      ] {
        let isPlain = Array(text.utf8).withUnsafeBufferPointer { DisplayCharacters.isPlain($0, keepingNewlines: false) }
        guard isPlain == !DisplayCharacters.isEscaped(scalar) else {
          Issue.record(
            "U+\(String(value, radix: 16)) in \(text.utf8.count) bytes read as \(isPlain ? "plain" : "escaped")")
          return
        }
      }
    }
  }

  @Test func takesAWordForPrintableASCIIOnlyWhenEveryByteIs() {
    for byte in UInt8.min...UInt8.max {
      for position in 0..<8 {
        for filler in [UInt8(ascii: " "), UInt8(ascii: "a"), UInt8(ascii: "~")] {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[position] = byte
          let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          #expect(DisplayCharacters.isPrintableASCII(word) == (0x20...0x7E).contains(byte))
        }
      }
    }
  }

  @Test func namesScalarsWithFourHexDigitsAtLeast() {
    #expect(DisplayCharacters.scalarName(0x1B) == "U+001B")
    #expect(DisplayCharacters.scalarName(0x1F600) == "U+1F600")
  }
}
