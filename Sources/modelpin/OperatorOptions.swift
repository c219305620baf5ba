import ArgumentParser
import ModelPin
import ModelPinOperator
import SafeText
import StateFolder

#if canImport(Glibc)
  import Glibc
#endif

extension StateOptions {
  /// The state folder options as the library takes them.
  var workspaceOptions: WorkspaceOptions {
    WorkspaceOptions(stateFolder: stateFolder, agent: agent, configFile: config, database: database)
  }

  /// What `status`, `auth`, `sessions` and `doctor` work with, at `now` (Unix ms; default: the
  /// real time). A state that cannot be read fails in the user's language.
  /// The warnings of credentials other users can read go to standard error first, as for every command.
  func operatorContext(now: Int64? = nil) throws -> OperatorContext {
    let context = try OperatorContext.load(
      workspaceOptions, languageFlag: lang, processEnvironment: ProcessEnvironment.current,
      now: now ?? ProcessEnvironment.now())
    try requireDatabase(context.workspace)
    for warning in context.workspace.missingFolderWarnings(workspaceOptions, context.messages) {
      StandardOutput.error(warning)
    }
    for warning in context.workspace.permissionWarnings(context.messages) { StandardOutput.error(warning) }
    return context
  }

  /// The messages of the language `--lang` or the environment picks, for errors found before the
  /// state is read (the config's `display.language` is not known yet).
  func earlyMessages() throws -> MessageCatalog {
    try OperatorContext.catalog(Language.select(flag: lang, environment: ProcessEnvironment.current, configured: nil))
  }
}

/// `--now`: the clock of commands that report health and cooldowns, for answers about another moment.
struct ClockOption: ParsableArguments {
  @Option(help: "The time to report at: an ISO 8601 time such as 2026-11-24T10:00:00Z, or a date (default: now).")
  var now: String?

  func validate() throws {
    _ = try milliseconds()
  }

  /// The time `--now` names, in Unix ms; nil for the real time.
  func milliseconds() throws -> Int64? {
    try now.map(Self.milliseconds(of:))
  }

  /// A `--now` value in Unix ms: an ISO 8601 time, or a date alone for its midnight UTC.
  static func milliseconds(of text: String) throws -> Int64 {
    guard let parsed = Timestamp.parseDateOrTime(text) else {
      throw ValidationError("--now \"\(text)\" is not an ISO 8601 time such as 2026-11-24T10:00:00Z or a date")
    }
    return parsed
  }
}

extension TextStyle {
  /// Marks unless `plain`; colour only when standard output is a terminal and `NO_COLOR` is unset.
  static func forStandardOutput(plain: Bool) -> TextStyle {
    guard !plain else { return .plain }
    let noColour = ProcessEnvironment.current["NO_COLOR"].map { !$0.isEmpty } ?? false
    return .decorated(colour: isatty(STDOUT_FILENO) == 1 && !noColour)
  }
}

extension StandardOutput {
  /// Writes a JSON document, two-space indented, to standard output.
  static func document(_ value: JSONValue) {
    var text = value.serialized(pretty: true)
    if text.hasSuffix("\n") { text.removeLast() }
    json(text)
  }

  /// Prints a report as one JSON document when `asJSON`, else as text, and flushes.
  static func report(asJSON: Bool, json: () -> JSONValue, text: () -> SafeText) {
    if asJSON { document(json()) } else { line(text()) }
    flush()
  }
}
