import ArgumentParser
import LineEditing
import ModelPin

#if canImport(Glibc)
  import Glibc
#endif

/// The chat REPL: libedit on a terminal; on a pipe, the same as `modelpin replay`.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Chat with the interpreter (the default when no subcommand is given).",
    discussion: """
      Type /model, /model list, /model status or /model <model>[@<profile>]; other lines are chat and
      show the route they would take. Tab completes commands, models and profile ids; Ctrl-C
      cancels the line, Ctrl-D exits.

      Example:
        modelpin --session telegram:dm:42
      """)

  @OptionGroup var state: StateOptions

  @Option(help: "The session to chat in.")
  var session: String = "main"

  func run() throws {
    let interpreter = try state.interpreter(persist: true)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      var replayer = Replayer(interpreter: interpreter, format: .text, session: session, now: ProcessEnvironment.now())
      replayer.run(InputLines(descriptor: STDIN_FILENO, limit: 1 << 20)) { StandardOutput.line($0.text) }
      StandardOutput.flush()
      return
    }
    runOnTerminal(interpreter)
  }

  private func runOnTerminal(_ interpreter: Interpreter) {
    let environment = ProcessEnvironment.current
    let colour = environment["NO_COLOR"].map(\.isEmpty) ?? true
    let reader = EditLineReader(
      completer: { interpreter.completions().candidates(line: $0.line, wordStart: $0.wordStart) },
      historyFile: interpreter.workspace.layout.historyFile)
    while true {
      let prompt = ReplPrompt.text(
        session: session, route: interpreter.route(of: session, at: ProcessEnvironment.now()), colour: colour)
      switch reader.readLine(prompt: prompt) {
      case .end:
        StandardOutput.line("")
        StandardOutput.flush()
        return
      case .cancelled:
        StandardOutput.line("")
        StandardOutput.flush()
      case .line(let bytes):
        let line = String(decoding: bytes, as: UTF8.self)
        reader.addHistory(line)
        guard line.contains(where: { !$0.isWhitespace }) else { continue }
        let reply = interpreter.handle(utf8: bytes, session: session, at: ProcessEnvironment.now())
        StandardOutput.line(reply.text)
        StandardOutput.flush()
      }
    }
  }
}
