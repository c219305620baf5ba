import ArgumentParser
import ModelCatalog
import ModelCommand
import ModelPin
import ModelPinOperator
import SafeText

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
      With no subcommand, modelpin reads chat lines: on a terminal as a REPL with history and Tab \
      completion, from a pipe like `modelpin replay`.

      Example:
        modelpin --session telegram:dm:42
      """,
    version: ModelPinVersion.current,
    subcommands: [
      ReplCommand.self, ReplayCommand.self, ServeCommand.self, StatusCommand.self, AuthCommand.self,
      SessionsCommand.self, DoctorCommand.self, DatabaseCommand.self,
    ],
    defaultSubcommand: ReplCommand.self)

  /// Runs the command like ArgumentParser's own `main()`, except that a mistyped subcommand gets
  /// its closest match (the REPL takes no word arguments, so `modelpin stauts` would otherwise be
  /// the REPL's usage error), and errors and help go out through `StandardOutput`, escaped: a
  /// start-up error quotes paths and arguments as given.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let word = arguments.first, let message = unknownSubcommandMessage(word) {
      StandardOutput.error(message)
      Glibc.exit(ExitCode.validationFailure.rawValue)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let text = fullMessage(for: error)
      if !text.isEmpty {
        // ArgumentParser's text quotes arguments as given: escaped here, its lines kept.
        let safe = SafeText(escapingLines: text)
        if code == .success { StandardOutput.line(safe) } else { StandardOutput.error(safe) }
      }
      StandardOutput.flush()
      Glibc.exit(code.rawValue)
    }
    StandardOutput.flush()
  }

  /// The error for a first word that is no subcommand, or nil when it is an option or a subcommand.
  private static func unknownSubcommandMessage(_ word: String) -> SafeText? {
    guard !word.hasPrefix("-") else { return nil }
    let names = configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(word) else { return nil }
    let typed = Array(word.unicodeScalars)
    let closest = names.compactMap { name -> (String, Int)? in
      EditDistance.between(typed, Array(name.unicodeScalars), limit: 2).map { (name, $0) }
    }.min { $0.1 < $1.1 }
    let unknown: SafeText = "Error: unknown command \"\(word)\""
    guard let (name, _) = closest else {
      return "\(unknown); the commands are \(names.dropLast().joined(separator: ", ")) (see modelpin --help)"
    }
    return "\(unknown). Did you mean \"\(name)\"? (see modelpin --help)"
  }
}
