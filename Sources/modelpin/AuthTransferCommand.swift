import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin auth import FILE`: an OpenClaw auth-profiles.json into the database.
struct AuthImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Load an OpenClaw auth-profiles.json into the database, replacing the agent's auth state.",
    discussion: """
      Needs a database (--database, $MODELPIN_DATABASE_URL or modelpin.database). The file is stored \
      as it is, unknown fields included; one that does not parse is refused.

      Example:
        modelpin auth import auth-profiles.json --database postgres://db/state
      """)

  @OptionGroup var state: StateOptions

  @Argument(help: "The auth-profiles.json to load.", completion: .file(extensions: ["json"]))
  var file: String

  func run() throws {
    StandardOutput.line(try AuthTransfer.importFile(file, context: try state.operatorContext()))
    StandardOutput.flush()
  }
}

/// `modelpin auth export FILE`: the database's auth state as an OpenClaw auth-profiles.json.
struct AuthExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the agent's auth state from the database to an auth-profiles.json OpenClaw reads.",
    discussion: """
      Written under the file's lock, atomically, with mode 0600.

      Example:
        modelpin auth export auth-profiles.json --database postgres://db/state
      """)

  @OptionGroup var state: StateOptions

  @Argument(help: "The file to write.", completion: .file(extensions: ["json"]))
  var file: String

  func run() throws {
    StandardOutput.line(try AuthTransfer.exportFile(file, context: try state.operatorContext()))
    StandardOutput.flush()
  }
}
