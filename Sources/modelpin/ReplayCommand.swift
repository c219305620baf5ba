import ArgumentParser
import ModelCommand
import ModelPin
import ModelPinOperator
import SessionState

#if canImport(Glibc)
  import Glibc
#endif

/// `modelpin replay`: runs a transcript through the interpreter, deterministically.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay a chat transcript and print one reply per line.",
    discussion: """
      Text transcripts hold one chat line per line for --session (lines starting with # are \
      comments). JSONL transcripts (--format jsonl, or a .jsonl file) hold objects such as \
      {"session": "telegram:dm:42", "text": "/model sonnet", "at": "2026-11-24T10:00:00Z"} or \
      {"session": "main", "outcome": {"result": "rate_limit"}}. Nothing is written without --persist.

      Example:
        printf '/model sonnet\\nhello\\n' | modelpin replay --json
      """)

  @OptionGroup var state: StateOptions

  @Argument(help: "The transcript file, or - for standard input.", completion: .file())
  var file: String = "-"

  @Option(help: "The transcript format: text or jsonl (default: jsonl for a .jsonl file, else text).")
  var format: Replayer.Format?

  @Option(help: "The session of text transcripts and of JSONL lines that name none.", completion: .sessionKeys)
  var session: String = "main"

  @Option(help: "The clock before the first `at`: an ISO 8601 time or a date (default: the real time).")
  var now: String?

  @Flag(help: "Print reply objects, one JSON object per line.")
  var json = false

  @Flag(help: "Write pins and outcomes to the state folder.")
  var persist = false

  @Flag(help: "Exit 1 when any reply is not ok.")
  var strict = false

  func validate() throws {
    try validateSessionKey(session)
  }

  func run() throws {
    StandardOutput.bufferLargely()
    let start = try startTime()
    let descriptor = try openTranscript()
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    let interpreter = try state.interpreter(persist: persist)
    var replayer = Replayer(
      interpreter: interpreter, format: format ?? (file.hasSuffix(".jsonl") ? .jsonl : .text), session: session,
      now: start)
    let json = json
    let messages = try OperatorContext.catalog(interpreter.language)
    let failures = replayer.run(descriptor: descriptor, limit: CommandParser.maximumLineBytes, notice: messages.print) {
      reply in
      if json { reply.withJSONLine(StandardOutput.write(line:)) } else { StandardOutput.line(reply.safeText) }
    }
    StandardOutput.flush()
    if strict, failures > 0 { throw ExitCode.failure }
  }

  private func startTime() throws -> Int64 {
    try now.map(ClockOption.milliseconds(of:)) ?? ProcessEnvironment.now()
  }

  private func openTranscript() throws -> Int32 {
    guard file != "-" else { return STDIN_FILENO }
    let descriptor = open(file, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw OperatorFailure("cannot read \(file): \(String(cString: strerror(errno)).lowercased())")
    }
    return descriptor
  }
}

extension Replayer.Format: ExpressibleByArgument {}
