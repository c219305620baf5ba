import ArgumentParser
import LineEditing
import ModelCommand
import ModelPin
import ModelPinOperator
import SessionState

#if canImport(Glibc)
  import Glibc
#endif

/// The chat REPL: libedit on a terminal; on a pipe, the same as `modelpin replay`.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Chat with the interpreter (the default when no subcommand is given).",
    discussion: """
      Type /model, /model list, /model status or /model <model>[@<profile>]; other lines are chat and \
      show the route they would take. Tab completes commands, models and profile ids; Ctrl-C \
      cancels the line, Ctrl-D exits.

      Example:
        modelpin --session telegram:dm:42
      """)

  @OptionGroup var state: StateOptions

  @Option(help: "The session to chat in.", completion: .sessionKeys)
  var session: String = "main"

  func validate() throws {
    try validateSessionKey(session)
  }

  func run() throws {
    let interpreter = try state.interpreter(persist: true)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      var replayer = Replayer(interpreter: interpreter, format: .text, session: session, now: ProcessEnvironment.now())
      let messages = try OperatorContext.catalog(interpreter.language)
      _ = replayer.run(descriptor: STDIN_FILENO, limit: CommandParser.maximumLineBytes, notice: messages.print) {
        StandardOutput.line($0.safeText)
      }
      StandardOutput.flush()
      return
    }
    try runOnTerminal(interpreter)
  }

  /// The REPL proper: a banner, then one prompt per line until Ctrl-D.
  private func runOnTerminal(_ interpreter: Interpreter) throws {
    let messages = try OperatorContext.catalog(interpreter.language)
    let colour = ReplPrompt.allowsColour(environment: ProcessEnvironment.current)
    let reader = EditLineReader(completer: {
      interpreter.completions().candidates(line: $0.line, wordStart: $0.wordStart)
    })
    var history: HistoryFile? = HistoryFile(path: interpreter.workspace.layout.historyFile)
    /// Says once why history is not saved, then goes on without it.
    func stopSavingHistory(_ error: any Error) {
      StandardOutput.error(messages.text(.replHistoryNotSaved(reason: "\(error)")))
      history = nil
    }
    do {
      for entry in try history?.load() ?? [] { reader.addHistory(entry) }
    } catch {
      stopSavingHistory(error)
    }
    StandardOutput.line(messages.text(.replBanner))
    while true {
      let route = interpreter.route(of: session, at: ProcessEnvironment.now())
      StandardOutput.flush()
      switch reader.readLine(prompt: ReplPrompt.text(session: session, route: route, colour: colour).string) {
      case .end:
        StandardOutput.line("")
        StandardOutput.flush()
        return
      case .cancelled:
        StandardOutput.line("")
      case .line(let bytes):
        let line = String(decoding: bytes, as: UTF8.self)
        if reader.addHistory(line) {
          do { try history?.append(line) } catch { stopSavingHistory(error) }
        }
        guard line.contains(where: { !$0.isWhitespace }) else { continue }
        let reply = interpreter.handle(utf8: bytes, session: session, at: ProcessEnvironment.now())
        StandardOutput.line(ReplPrompt.reply(reply, colour: colour))
      }
    }
  }
}
