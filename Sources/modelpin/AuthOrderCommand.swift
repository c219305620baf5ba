import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin auth order get|set|clear`: the order a provider tries its profiles in.
struct AuthOrderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "order",
    abstract: "Show or change the order a provider tries its auth profiles in.",
    discussion: """
      The order stored in auth-profiles.json wins over the config's auth.order; without either, \
      profiles are tried by type (oauth, token, api_key), then least recently used.

      Example:
        modelpin auth order set --provider anthropic anthropic:work anthropic:personal
      """,
    subcommands: [Get.self, Set.self, Clear.self])

  /// The options every order command takes.
  struct Options: ParsableArguments {
    @OptionGroup var state: StateOptions
    @OptionGroup var clock: ClockOption

    @Option(help: "The provider, e.g. anthropic.", completion: .providers)
    var provider: String

    @Flag(help: "Print one JSON document: provider, stored, configured and effective order.")
    var json = false

    /// Prints the report as text or JSON.
    func print(_ report: AuthOrderReport, _ context: OperatorContext) {
      StandardOutput.report(asJSON: json, json: { report.json }, text: { report.text(context.messages) })
    }
  }

  /// `auth order get`.
  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a provider's stored order, its configured order and the order in effect.",
      discussion: """
        Without --provider, every provider with a stored profile or a configured order, then every \
        provider that only an environment or config key serves.

        Example:
          modelpin auth order get --provider anthropic
        """)

    @OptionGroup var state: StateOptions
    @OptionGroup var clock: ClockOption

    @Option(help: "The provider, e.g. anthropic (default: every provider).", completion: .providers)
    var provider: String?

    @Flag(
      help: "Print one JSON document: provider, stored, configured and effective order (an array without --provider).")
    var json = false

    func run() throws {
      let context = try state.operatorContext(now: try clock.milliseconds())
      guard let provider else {
        let reports = try AuthOrderReport.getAll(context: context)
        StandardOutput.report(
          asJSON: json, json: { .array(reports.map(\.json)) },
          text: { reports.map { $0.text(context.messages) }.joined(separator: "\n\n") })
        return
      }
      let report = try AuthOrderReport.get(provider: provider, context: context)
      StandardOutput.report(asJSON: json, json: { report.json }, text: { report.text(context.messages) })
    }
  }

  /// `auth order set`.
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Store a provider's order; each profile must exist and belong to the provider.",
      discussion: """
        Warns on standard error, and stores the order all the same, when it leaves out profiles that \
        could be used or starts with one that is not used now (expired, cooling down, without a secret).

        Example:
          modelpin auth order set --provider anthropic anthropic:work anthropic:personal
        """)

    @OptionGroup var options: Options

    @Argument(help: "The profile ids, first to last.", completion: .profiles)
    var profiles: [String]

    func run() throws {
      let context = try options.state.operatorContext(now: try options.clock.milliseconds())
      let report = try AuthOrderReport.set(provider: options.provider, ids: profiles, context: context)
      options.print(report, context)
      for warning in report.warnings { StandardOutput.error(warning) }
    }
  }

  /// `auth order clear`.
  struct Clear: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a provider's stored order, so the config's or the automatic order applies.",
      discussion: """
        Example:
          modelpin auth order clear --provider anthropic
        """)

    @OptionGroup var options: Options

    func run() throws {
      let context = try options.state.operatorContext(now: try options.clock.milliseconds())
      options.print(try AuthOrderReport.clear(provider: options.provider, context: context), context)
    }
  }
}
