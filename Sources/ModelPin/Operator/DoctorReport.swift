import ModelCommand
import StateFolder

/// `modelpin doctor` (spec §7.6): what in the state folder needs fixing, each finding naming its
/// file and the fix. Exit 1 when anything is found, else 0.
public struct DoctorReport: Sendable {
  /// The state folder examined.
  public var folder: String
  /// How the state folder was chosen.
  public var folderSource: StateLayout.FolderSource
  public var findings: [DoctorFinding]
  /// The messages the findings are worded in.
  public var messages: MessageCatalog
  /// The home folder, for shortening paths to `~`.
  var home: String?
  /// For standard error: a `--state-dir` or `--agent` that does not exist.
  public var warnings: [String] = []

  /// Examines the state folder the options name, reading every file on its own, so that one
  /// broken file does not hide the problems of the others. Nothing is written.
  public static func examine(
    _ options: WorkspaceOptions, languageFlag: String?, processEnvironment: [String: String], now: Int64
  ) throws(OperatorFailure) -> DoctorReport {
    var examination = try DoctorExamination(
      options: options, languageFlag: languageFlag, processEnvironment: processEnvironment, now: now)
    examination.run()
    var report = DoctorReport(
      folder: examination.folder, folderSource: examination.folderSource, findings: examination.findings,
      messages: examination.messages,
      home: processEnvironment["HOME"])
    report.warnings = Workspace.missingFolderWarnings(
      options, layout: StateLayout(folder: examination.folder, agent: options.agent ?? "main"),
      home: processEnvironment["HOME"], examination.messages)
    return report
  }

  /// 1 when anything was found, else 0.
  public var exitCode: Int32 { findings.isEmpty ? 0 : 1 }

  /// The state folder and how it was chosen, each finding as `<file>: <problem>` and an
  /// indented fix, then a summary line.
  public var text: String {
    let shown = escapedForDisplay(StateLayout.abbreviatingHome(folder, home: home))
    var blocks = [messages.text(.cliDoctorStateFolder, ["folder": shown, "source": messages.text(folderSource)])]
    blocks += findings.map { finding in
      let place =
        finding.file.map { escapedForDisplay(StateLayout.abbreviatingHome($0, home: home)) }
        ?? messages.text(.cliDoctorEnvironment)
      return messages.text(.cliLocated, ["place": place, "text": finding.problem]) + "\n  "
        + messages.text(.cliDoctorFix, ["fix": finding.fix])
    }
    switch findings.count {
    case 0:
      let folder = escapedForDisplay(StateLayout.abbreviatingHome(folder, home: home))
      blocks.append(messages.text(.cliDoctorClean, ["folder": folder]))
    case 1: blocks.append(messages.text(.cliDoctorFoundOne))
    default: blocks.append(messages.text(.cliDoctorFound, ["count": String(findings.count)]))
    }
    return blocks.joined(separator: "\n")
  }
}
