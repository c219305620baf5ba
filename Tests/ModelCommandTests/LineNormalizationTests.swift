import Foundation
import ModelPinTestSupport
import SafeText
import Testing

@testable import ModelCommand

@Suite struct LineNormalizationTests {
  /// Scalars that test normalization: ASCII, full-width forms, combining marks, kana voicing,
  /// conjoining and compatibility jamo, ligatures, compositions that ASCII takes part in.
  private static let alphabet: [Unicode.Scalar] = [
    "a", "l", "/", " ", ":", "<", "=", "\u{301}", "\u{327}", "\u{338}", "\u{3099}", "\u{304B}", "\u{30A6}", "\u{FF4D}",
    "\u{FF0F}", "\u{3000}", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{3131}", "\u{4E00}", "\u{FB01}",
    "\u{1D426}", "\u{B47}", "\u{B3E}", "\u{FF76}", "\u{FF9E}", "\u{17F}", "\u{212B}", "\u{A0}", "\u{FEFF}",
  ]

  private static func nfkc(_ text: String) -> String { text.precomposedStringWithCompatibilityMapping }

  @Test func cutsOnlyWhereNormalizingThePiecesEqualsNormalizingTheWhole() {
    var random = SplitMix64(seed: 0x626F_756E_64)
    for _ in 0..<20_000 {
      let scalars = (0..<random.int(in: 2...8)).map { _ in random.element(of: Self.alphabet) }
      for cut in 1..<scalars.count where LineNormalization.hasBoundaryBefore(scalars[cut]) {
        let whole = String(String.UnicodeScalarView(scalars))
        let head = String(String.UnicodeScalarView(scalars[..<cut]))
        let tail = String(String.UnicodeScalarView(scalars[cut...]))
        #expect(Self.nfkc(head) + Self.nfkc(tail) == Self.nfkc(whole), "\(SafeText(escaping: whole).string) at \(cut)")
      }
    }
  }

  @Test func givesAHeadThatIsAnExactPrefixOfTheNormalizedLine() {
    var random = SplitMix64(seed: 0x6865_6164)
    for _ in 0..<3_000 {
      let line = String(
        String.UnicodeScalarView((0..<random.int(in: 0...60)).map { _ in random.element(of: Self.alphabet) }))
      var bytesOfLine = line
      bytesOfLine.withUTF8 { bytes in
        let trimmed = LineNormalization.trimmed(bytes)
        let normalized = Array(
          Self.nfkc(String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)).utf8)
        LineNormalization.withHead(of: bytes, line: trimmed, minimumBytes: LineNormalization.headBytes) {
          head, isWhole in
          #expect(normalized.starts(with: head), "\(SafeText(escaping: line).string)")
          #expect(isWhole == (head.count == normalized.count), "\(SafeText(escaping: line).string)")
        }
      }
    }
  }

  @Test func keepsTheHeadOfAFloodOfCombiningMarksUnderTheLimit() {
    var line = "/" + String(repeating: "\u{301}", count: 5_000)
    line.withUTF8 { bytes in
      LineNormalization.withHead(of: bytes, line: 0..<bytes.count, minimumBytes: LineNormalization.headBytes) {
        head, isWhole in
        #expect(!isWhole && head.count <= LineNormalization.headBytes + LineNormalization.headLimit + 4)
      }
    }
  }

  @Test func trimsWhitespaceOfEveryScriptButNoOtherInvisibleCharacter() {
    let cases = [
      (" \t/model\r\n", "/model"), ("\u{3000}\u{A0}x\u{2003}\u{202F}", "x"), ("\u{85}x\u{2028}", "x"),
      ("\u{FEFF}x\u{200B}", "\u{FEFF}x\u{200B}"), ("x \u{301}", "x \u{301}"), (" \u{3000} ", ""),
    ]
    for (line, expected) in cases {
      var bytesOfLine = line
      let trimmed = bytesOfLine.withUTF8 { bytes in
        String(decoding: UnsafeBufferPointer(rebasing: bytes[LineNormalization.trimmed(bytes)]), as: UTF8.self)
      }
      #expect(trimmed == expected, "\(SafeText(escaping: line).string)")
    }
  }

  @Test func normalizesFullWidthFormsAndLeavesASCIIAsItIs() {
    for (text, expected) in [("／ｍｏｄｅｌ　ｌｉｓｔ", "/model list"), ("＠：", "@:"), ("/model list", "/model list"), ("ſ", "s")] {
      var text = text
      let normalized = text.withUTF8 { LineNormalization.normalized($0, in: 0..<$0.count) }
      #expect(normalized == expected)
    }
  }
}
