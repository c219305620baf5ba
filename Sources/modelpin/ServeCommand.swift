import ArgumentParser
import ModelPin

#if canImport(Glibc)
  import Glibc
#endif

/// `modelpin serve --stdio`: the interpreter for chat bridges in any language.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Answer JSON requests from a chat bridge, one per line.",
    discussion: """
      Each request line is {"id": 1, "session": "...", "text": "...", "sender": "...", "at": "...", "lang": "..."}
      or {"id": 2, "session": "...", "outcome": {"result": "rate_limit", "profile": "..."}}; each gets one
      reply object with its id, in order. Pins and outcomes are written as they happen.

      Example:
        echo '{"id": 1, "session": "telegram:dm:42", "text": "/model status"}' | modelpin serve --stdio
      """)

  @OptionGroup var state: StateOptions

  @Flag(help: "Read requests from standard input and write replies to standard output.")
  var stdio = false

  func validate() throws {
    guard stdio else { throw ValidationError("serve needs --stdio (the only transport)") }
  }

  func run() throws {
    let server = Server(interpreter: try state.interpreter(persist: true), clock: { ProcessEnvironment.now() })
    server.run(InputLines(descriptor: STDIN_FILENO, limit: 1 << 20 + 64 << 10)) { reply in
      StandardOutput.line(reply.jsonLine)
      StandardOutput.flush()
    }
  }
}
