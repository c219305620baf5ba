import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin doctor`: what in the state folder needs fixing.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Find problems in the state folder and say how to fix each one.",
    discussion: """
      Checks permissions (the state folder, auth-profiles.json and .env must not be open to group or \
      others, nor a config holding a plain-text apiKey), files that do not parse (config, \
      auth-profiles.json, sessions.json, pins.sqlite), skipped profiles, profiles with an empty secret, \
      orders naming missing profiles, duplicate aliases, config refs naming an unknown provider or model \
      (with did-you-mean), expired credentials, and a default or fallback with no credential (as \
      status --check). Each finding names its file and the fix. Notes, such as an environment key \
      kept as a backup beside profiles, are shown but are not problems. Exits 1 when a problem is \
      found, else 0, with --json too. Nothing is changed.

      Example:
        modelpin doctor --state-dir ~/.openclaw
      """)

  @OptionGroup var state: StateOptions
  @OptionGroup var clock: ClockOption

  @Flag(help: "Print one JSON document: the state folder, the exit code and every finding (fields in the README).")
  var json = false

  func run() throws {
    let report = try DoctorReport.examine(
      state.workspaceOptions, languageFlag: state.lang, processEnvironment: ProcessEnvironment.current,
      now: try clock.milliseconds() ?? ProcessEnvironment.now())
    for warning in report.warnings { StandardOutput.error(warning) }
    StandardOutput.report(asJSON: json, json: { report.json }, text: { report.text })
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }
}
