import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin sessions list|show|clear`: the pins of the store `--sessions` names.
struct SessionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "List, show and clear the pins of chat sessions.",
    discussion: """
      Works on the store --sessions names: sqlite (pins.sqlite, the default), json (OpenClaw's \
      sessions.json, whose other fields are kept) or memory.

      Example:
        modelpin sessions list --sessions json
      """,
    subcommands: [List.self, Show.self, Clear.self])

  /// The options every sessions command takes.
  struct Options: ParsableArguments {
    @OptionGroup var state: StateOptions

    @Flag(help: "Print one JSON document (fields in the README).")
    var json = false

    /// The sessions of the store `--sessions` names.
    func report() throws -> (SessionsReport, OperatorContext) {
      let context = try state.operatorContext()
      return (SessionsReport(kind: try state.sessionStoreKind(for: context.workspace), context: context), context)
    }
  }

  /// `sessions list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every session with pins: its model, its profile and when they changed.",
      discussion: """
        Example:
          modelpin sessions list --profile anthropic:work
        """)

    @OptionGroup var options: Options

    @Option(help: "Only sessions pinned to this model: a ref or its id, e.g. claude-sonnet-4-5.")
    var model: String?

    @Option(help: "Only sessions pinned to this profile, or to any profile of this provider.", completion: .profiles)
    var profile: String?

    func run() throws {
      let (report, _) = try options.report()
      let filter = SessionFilter(model: model, profile: profile)
      let entries = try report.list(matching: filter)
      StandardOutput.report(
        asJSON: options.json, json: { report.listJSON(entries) }, text: { report.listText(entries, filter: filter) })
    }
  }

  /// `sessions show KEY`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a session's pins and the route of its next message; nothing is changed.",
      discussion: """
        Example:
          modelpin sessions show telegram:dm:42
        """)

    @OptionGroup var options: Options

    @Argument(help: "The session key, e.g. telegram:dm:42.", completion: .sessionKeys)
    var session: String

    func run() throws {
      let (report, context) = try options.report()
      let detail = try report.show(session)
      StandardOutput.report(
        asJSON: options.json, json: { detail.json }, text: { detail.text(context.messages, now: context.now) })
    }
  }

  /// `sessions clear KEY`.
  struct Clear: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a session's pins, so it uses the default model and automatic credentials again.",
      discussion: """
        Example:
          modelpin sessions clear telegram:dm:42
        """)

    @OptionGroup var options: Options

    @Argument(help: "The session key, e.g. telegram:dm:42.", completion: .sessionKeys)
    var session: String?

    @Flag(help: "Clear the pins of every session.")
    var all = false

    func validate() throws {
      guard (session == nil) == all else {
        throw ValidationError("name one session, or give --all to clear every session")
      }
    }

    func run() throws {
      let (report, _) = try options.report()
      guard let session else {
        let count = try report.clearAll()
        StandardOutput.report(
          asJSON: options.json, json: { report.clearAllJSON(count: count) }, text: { report.clearAllText(count: count) }
        )
        return
      }
      let cleared = try report.clear(session)
      StandardOutput.report(
        asJSON: options.json, json: { report.clearJSON(session, cleared: cleared) },
        text: { report.clearText(session, cleared: cleared) })
    }
  }
}
