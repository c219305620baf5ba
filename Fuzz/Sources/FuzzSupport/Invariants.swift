import ModelCommand
import ModelPin
import SafeText

/// What every reply must satisfy whatever the input: a broken one stops the fuzzer with a crash.
public enum Invariants {
  /// Whether a scalar may not reach a terminal raw: the set `DisplayCharacters` names, written out again as the oracle.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }

  /// Displayed text carries no control, bidi or invisible character; line breaks are the text's own.
  public static func checkDisplayed(_ text: String, _ what: String, allowing allowed: Set<Unicode.Scalar> = []) {
    for scalar in text.unicodeScalars where isUnsafe(scalar) && !allowed.contains(scalar) {
      fatalError(
        "\(what) holds U+\(String(scalar.value, radix: 16)) raw: \(SafeText(escaping: text).string.prefix(400))")
    }
  }

  /// Every reply: displayed texts are safe, `ok` matches `error`, and its JSON line is one line of JSON.
  public static func check(_ reply: Reply) {
    checkDisplayed(reply.text, "text", allowing: ["\n"])
    if let hint = reply.hint { checkDisplayed(hint, "hint") }
    if let error = reply.error {
      checkDisplayed(error.message, "error message", allowing: ["\n"])
      for suggestion in error.suggestions { checkDisplayed(suggestion, "suggestion") }
    }
    let line = reply.jsonLine
    guard !line.utf8.contains(UInt8(ascii: "\n")), !line.utf8.contains(where: { $0 < 0x20 }) else {
      fatalError("a JSON reply is not one line: \(SafeText(escaping: line).string.prefix(400))")
    }
  }
}
