import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// `modelpin`: with no subcommand, the chat REPL.
@main
struct ModelPinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "modelpin",
    abstract: "Pin chat sessions to a model and a credential profile.",
    discussion: """
      With no subcommand, modelpin reads chat lines: on a terminal as a REPL with history and Tab
      completion, from a pipe like `modelpin replay`.

      Example:
        modelpin --session telegram:dm:42
      """,
    subcommands: [
      ReplCommand.self, ReplayCommand.self, ServeCommand.self, StatusCommand.self, AuthCommand.self,
      SessionsCommand.self, DoctorCommand.self,
    ],
    defaultSubcommand: ReplCommand.self)

  /// Runs the command like ArgumentParser's own `main()`, except that errors and help go out
  /// through `StandardOutput`, escaped: a start-up error quotes paths and arguments as given.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let text = fullMessage(for: error)
      if !text.isEmpty {
        if code == .success { StandardOutput.line(text) } else { StandardOutput.error(text) }
      }
      StandardOutput.flush()
      Glibc.exit(code.rawValue)
    }
    StandardOutput.flush()
  }
}
