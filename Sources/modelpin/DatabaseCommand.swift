import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin database`: the PostgreSQL database the state lives in (spec §8).
struct DatabaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "database",
    abstract: "Look after the PostgreSQL database the state lives in.",
    subcommands: [DatabaseMigrateCommand.self])
}

/// `modelpin database migrate`: modelpin's tables created or brought up to date now.
struct DatabaseMigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Create or migrate modelpin's tables in the database.",
    discussion: """
      Any command that uses the database does this at its first request; `modelpin doctor` only \
      reports a schema that is behind. The role needs CREATE on the database.

      Example:
        modelpin database migrate --database postgres://db/state
      """)

  @OptionGroup var state: StateOptions

  func run() throws {
    StandardOutput.line(try DatabaseMigration.migrate(context: try state.operatorContext()))
    StandardOutput.flush()
  }
}
