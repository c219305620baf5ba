import ArgumentParser
import ModelCommand
import ModelPin
import ModelPinOperator

#if canImport(Glibc)
  import Glibc
#endif

/// `modelpin serve --stdio`: the interpreter for chat bridges in any language.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Answer JSON requests from a chat bridge, one per line.",
    discussion: """
      Each request is one line of JSON, a chat line or an outcome, optionally with "at" (ISO 8601), \
      "sender" and "lang" (a BCP 47 tag: zh-TW, zh-HK and zh-Hant answer in Traditional Chinese, any \
      other tag in English). Each gets one reply object with its id, in order, flushed \
      at once. Pins and outcomes are written as they happen. With commands.allowFrom set, a request \
      whose sender is not listed, or that names none, may chat but not use /model. Malformed requests \
      get an invalid reply; the end of input exits 0.

      Requests:
        {"id": 1, "session": "telegram:dm:42", "text": "/model sonnet"}
        {"id": 2, "session": "telegram:dm:42", "outcome": {"result": "rate_limit"}}

      Example:
        echo '{"id": 1, "text": "/model status"}' | modelpin serve --stdio
      """)

  @OptionGroup var state: StateOptions

  @Flag(help: "Read requests from standard input and write replies to standard output.")
  var stdio = false

  @Flag(
    help: """
      Add the credential itself to each reply's route as "secret" (type, value, expires), for the       bridge that calls the provider. Nothing else ever prints it.
      """)
  var credentials = false

  func validate() throws {
    guard stdio else { throw ValidationError("serve needs --stdio (the only transport)") }
  }

  func run() throws {
    let server = Server(
      interpreter: try state.interpreter(persist: true), clock: { ProcessEnvironment.now() },
      handsOutSecrets: credentials)
    server.run(InputLines(descriptor: STDIN_FILENO, limit: CommandParser.maximumLineBytes)) { reply in
      StandardOutput.json(reply.jsonLine)
      StandardOutput.flush()
    }
  }
}
