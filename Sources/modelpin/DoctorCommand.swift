import ArgumentParser
import ModelPin

/// `modelpin doctor`: what in the state folder needs fixing.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Find problems in the state folder and say how to fix each one.",
    discussion: """
      Checks permissions (the state folder, auth-profiles.json and .env must not be open to group or \
      others), files that do not parse (config, auth-profiles.json, sessions.json, pins.sqlite), \
      skipped profiles, orders naming missing profiles, duplicate aliases, expired credentials and \
      environment keys that profiles shadow. Each finding names its file and the fix. Exits 1 when \
      anything is found, else 0. Nothing is changed.

      Example:
        modelpin doctor --state-dir ~/.openclaw
      """)

  @OptionGroup var state: StateOptions
  @OptionGroup var clock: ClockOption

  func run() throws {
    let report = try DoctorReport.examine(
      state.workspaceOptions, languageFlag: state.lang, processEnvironment: ProcessEnvironment.current,
      now: try clock.milliseconds() ?? ProcessEnvironment.now())
    StandardOutput.line(report.text)
    StandardOutput.flush()
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
  }
}
