import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin status`: the default model, fallbacks, aliases and every provider's credentials.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the default model, fallbacks, aliases and each provider's credentials with their health.",
    discussion: """
      For each provider the default model or a fallback needs, and each provider with any credential, \
      status shows the credential a message would use and every profile, masked, with its health: \
      ✓ usable, ! expiring within a day or cooling down, ✗ expired or without a secret, · not in the order.

      With --check, the exit status says whether the credentials need attention: 1 when a token or \
      OAuth profile has expired or a provider the default or a fallback needs has no credential, \
      else 2 when a profile expires within a day, else 0. The reasons go to standard error.

      Example:
        modelpin status --check || echo "credentials need attention"
      """)

  @OptionGroup var state: StateOptions
  @OptionGroup var clock: ClockOption

  @Flag(help: "Print one JSON document (fields in the README).")
  var json = false

  @Flag(help: "No colour and no marks, for scripts and logs.")
  var plain = false

  @Flag(help: "Exit 1 when a credential has expired or a needed provider has none, 2 when one expires within a day.")
  var check = false

  func run() throws {
    let context = try state.operatorContext(now: try clock.milliseconds())
    let report = StatusReport(context: context, store: try context.authStore())
    if json {
      StandardOutput.document(report.json)
    } else {
      let style = TextStyle.forStandardOutput(plain: plain)
      StandardOutput.line(report.text(in: context, style: style))
      for warning in report.skipped { StandardOutput.error(warning.warning(in: context)) }
    }
    StandardOutput.flush()
    guard check else { return }
    for problem in report.check.problems {
      StandardOutput.error(problem.text(context.messages, flags: context.workspace.stateFlags))
    }
    if report.check.exitCode != 0 { throw ExitCode(report.check.exitCode) }
  }
}
