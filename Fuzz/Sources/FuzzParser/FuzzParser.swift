import FuzzSupport
import ModelCommand
import SafeText

/// libFuzzer target: one chat line through the parser (spec §3, §4.1).
///
/// Checks, besides not crashing: bytes and the same text as a String parse alike; a command
/// never holds a control character; escaped text is safe to print; parsing is deterministic.
let parser = CommandParser(aliases: ["opus", "Sonnet", "haiku", "gpt", "gemini", "flash", "ｋｉｍｉ", "o3-mini"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let input = FuzzInput(data, count)
  let parsed = parser.parse(utf8: input.bytes)
  if let text = String(validating: input.bytes, as: UTF8.self) {
    let again = parser.parse(text)
    guard again == parsed else { fatalError("bytes and String parse differently: \(parsed) vs \(again)") }
  } else if case .invalid = parsed {
  } else {
    fatalError("invalid UTF-8 was not refused: \(parsed)")
  }
  if case .command(let command) = parsed {
    Invariants.checkDisplayed(command.text, "a command's text", allowing: ["\t"])
  }
  let display = SafeText(escaping: String(decoding: input.bytes, as: UTF8.self)).string
  Invariants.checkDisplayed(display, "SafeText(escaping:)")
  _ = String(describing: parsed)
  return 0
}

@_cdecl("FuzzParser_main")
public func fuzzParserMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer { data, count in fuzzParser(data, count) }
}
