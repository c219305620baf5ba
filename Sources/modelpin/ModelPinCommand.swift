import ArgumentParser

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
}
