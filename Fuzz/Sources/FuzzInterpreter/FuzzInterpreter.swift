import FuzzSupport
import ModelPin

/// libFuzzer target: transcripts through the interpreter, as `replay` and `serve` feed it.
///
/// The first byte picks the session (or takes the first line as its key), whether lines are raw
/// chat lines or JSON requests, the sender and the language. Every reply must pass `Invariants`:
/// no raw control character in what is displayed, `ok` exactly when no error, one line of JSON.
/// REPL completion and the prompt are exercised on every line too.
nonisolated(unsafe) var interpreter = FuzzState.interpreter(
  state: "basic", environment: ["OPENAI_API_KEY": "sk-proj-ENVSECRET-000000000000000000"])
nonisolated(unsafe) var runs = 0
let sessions = [
  "main", "telegram:dm:42", "discord:channel:c1", "discord:channel:c1:thread:9", "x:topic:1", "ｍａｉｎ", "a:b:c",
]
let start: Int64 = 1_795_510_800_000

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterpreter(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  runs += 1
  // Sessions and last lists pile up in memory: start afresh now and then.
  if runs % 20_000 == 0 {
    interpreter = FuzzState.interpreter(state: "basic")
  }
  var input = FuzzInput(data, count)
  let mode = input.byte()
  var lines = input.rest()
  var session = sessions[Int(mode & 7) % sessions.count]
  if mode & 7 == 7, !lines.isEmpty {
    session = String(decoding: lines.removeFirst(), as: UTF8.self)
  }
  let sender: String? = mode & 0x10 == 0 ? nil : "stranger"
  let language: Language? = mode & 0x20 == 0 ? nil : .traditionalChinese
  var now = start
  let completions = interpreter.completions()
  for line in lines.prefix(24) {
    now += Int64(line.first ?? 0) * 60_000
    let reply: Reply
    if mode & 8 == 0 {
      reply = interpreter.handle(utf8: Array(line), session: session, sender: sender, at: now, language: language)
    } else {
      switch Request.parse(Array(line)) {
      case .success(let request): reply = interpreter.handle(request, defaultSession: session, now: request.at ?? now)
      case .failure(let error): reply = interpreter.malformedRequestReply(error, session: "main", now: now)
      }
    }
    Invariants.check(reply)
    let text = String(decoding: line, as: UTF8.self)
    for candidate in completions.candidates(line: text, wordStart: Int(mode >> 6) * text.utf8.count / 3) {
      Invariants.checkDisplayed(candidate, "a completion")
    }
    let prompt = ReplPrompt.text(session: session, route: interpreter.route(of: session, at: now), colour: false)
    Invariants.checkDisplayed(prompt.string, "the prompt")
  }
  return 0
}

@_cdecl("FuzzInterpreter_main")
public func fuzzInterpreterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer { data, count in fuzzInterpreter(data, count) }
}
