import ModelCommand
import ModelPin
import SafeText
import StateFolder

/// `modelpin doctor` (spec §7.6): what in the state folder needs fixing, each finding naming its
/// file and the fix. Exit 1 when a problem is found, else 0 (notes included).
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
  public var warnings: [SafeText] = []

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

  /// The findings that fail `doctor`.
  public var problems: [DoctorFinding] { findings.filter { $0.severity == .problem } }

  /// The findings worth knowing that are not problems.
  public var notes: [DoctorFinding] { findings.filter { $0.severity == .note } }

  /// 1 when a problem was found, else 0: notes do not count.
  public var exitCode: Int32 { problems.isEmpty ? 0 : 1 }

  /// The state folder and how it was chosen, each finding as `<file>: <problem>` (a note as
  /// `<file>: note: <text>`) and an indented fix, then a summary line, and one for notes.
  public var text: SafeText {
    let shown = StateLayout.abbreviatingHome(folder, home: home)
    var blocks = [messages.text(.cliDoctorStateFolder(folder: shown, source: messages.text(folderSource)))]
    blocks += findings.map { finding in
      let place =
        finding.file.map { StateLayout.displayPath($0, home: home) }
        ?? messages.text(.cliDoctorEnvironment)
      let isNote = finding.severity == .note
      let text = isNote ? messages.text(.cliDoctorNote(text: finding.problem)) : finding.problem
      return messages.text(.cliLocated(place: place, text: text)) + "\n  "
        + (isNote ? finding.fix : messages.text(.cliDoctorFix(fix: finding.fix)))
    }
    switch problems.count {
    case 0: blocks.append(messages.text(.cliDoctorClean(folder: shown)))
    case 1: blocks.append(messages.text(.cliDoctorFoundOne))
    case let count: blocks.append(messages.text(.cliDoctorFound(count: String(count))))
    }
    switch notes.count {
    case 0: break
    case 1: blocks.append(messages.text(.cliDoctorNoteOne))
    case let count: blocks.append(messages.text(.cliDoctorNotes(count: String(count))))
    }
    return blocks.joined(separator: "\n")
  }

  /// `{stateDir, stateDirSource, exitCode, problems, notes, findings[]}`, each finding
  /// `{kind, severity, file, message, fix}` with every field present (`file` null for the process
  /// environment); the README documents it.
  public var json: JSONValue {
    let findings = findings.map { finding in
      JSONValue.object(
        JSONObject([
          ("kind", .string(finding.kind.rawValue)), ("severity", .string(finding.severity.rawValue)),
          ("file", finding.file.map(JSONValue.string) ?? .null), ("message", .string(finding.problem.string)),
          ("fix", .string(finding.fix.string)),
        ]))
    }
    return .object(
      JSONObject([
        ("stateDir", .string(folder)), ("stateDirSource", .string(folderSource.rawValue)),
        ("exitCode", .integer(Int64(exitCode))), ("problems", .integer(Int64(problems.count))),
        ("notes", .integer(Int64(notes.count))), ("findings", .array(findings)),
      ]))
  }
}
