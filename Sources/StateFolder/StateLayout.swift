import SafeText

/// Where modelpin's files live: the state folder and the files of one agent (spec §2).
public struct StateLayout: Sendable, Equatable {
  /// The state folder.
  public var folder: String
  /// The agent whose credentials and sessions are used.
  public var agent: String

  public init(folder: String, agent: String) {
    self.folder = folder
    self.agent = agent
  }

  /// How the state folder was chosen (spec §2), for `status` and `doctor` to say.
  public enum FolderSource: String, Sendable, Equatable {
    /// `--state-dir`.
    case flag = "state-dir"
    /// `$MODELPIN_STATE_DIR`.
    case modelpinVariable = "MODELPIN_STATE_DIR"
    /// `$OPENCLAW_STATE_DIR`.
    case openclawVariable = "OPENCLAW_STATE_DIR"
    /// `~/.modelpin`, which exists.
    case modelpinHome = "modelpin-home"
    /// `~/.openclaw`, which holds `openclaw.json`, with no `~/.modelpin`: an OpenClaw user's own state.
    case openclawHome = "openclaw-home"
    /// `~/.modelpin`, which does not exist yet.
    case newModelpinHome = "new-modelpin-home"
  }

  /// The state folder and how it was chosen: `explicit` (`--state-dir`), else
  /// `MODELPIN_STATE_DIR`, else `OPENCLAW_STATE_DIR`, else `~/.modelpin` when it exists, else
  /// `~/.openclaw` when it holds `openclaw.json`, else `~/.modelpin`. A leading `~` is expanded.
  public static func chooseFolder(explicit: String?, environment: [String: String]) -> (
    folder: String, source: FolderSource
  ) {
    let home = environment["HOME"] ?? "/"
    let named: [(String?, FolderSource)] = [
      (explicit, .flag), (environment["MODELPIN_STATE_DIR"], .modelpinVariable),
      (environment["OPENCLAW_STATE_DIR"], .openclawVariable),
    ]
    for case (let path?, let source) in named where !path.isEmpty {
      return (expandingTilde(path, home: home), source)
    }
    let modelpin = expandingTilde("~/.modelpin", home: home)
    if StateFile.permissions(of: modelpin) != nil { return (modelpin, .modelpinHome) }
    let openclaw = expandingTilde("~/.openclaw", home: home)
    if StateFile.permissions(of: openclaw + "/openclaw.json") != nil { return (openclaw, .openclawHome) }
    return (modelpin, .newModelpinHome)
  }

  /// The state folder `chooseFolder` picks.
  public static func resolveFolder(explicit: String?, environment: [String: String]) -> String {
    chooseFolder(explicit: explicit, environment: environment).folder
  }

  /// Whether the folder is OpenClaw's: it holds `openclaw.json`. Pins are then kept in its
  /// `sessions.json`, shared with OpenClaw itself.
  public var isOpenClawFolder: Bool { StateFile.permissions(of: "\(folder)/openclaw.json") != nil }

  /// The config files tried in order when no `--config` is given.
  public var configCandidates: [String] { ["\(folder)/modelpin.json", "\(folder)/openclaw.json"] }
  /// `KEY=VALUE` credentials that never override the process environment.
  public var environmentFile: String { "\(folder)/.env" }
  /// The folder of the agent's own files.
  public var agentFolder: String { "\(folder)/agents/\(agent)/agent" }
  /// OpenClaw's credential store.
  public var authProfilesFile: String { "\(agentFolder)/auth-profiles.json" }
  /// The folder of the agent's session stores.
  public var sessionsFolder: String { "\(folder)/agents/\(agent)/sessions" }
  /// OpenClaw's session store (the `json` session backend).
  public var sessionsFile: String { "\(sessionsFolder)/sessions.json" }
  /// The embedded default session store (SQLite).
  public var pinsDatabase: String { "\(sessionsFolder)/pins.sqlite" }
  /// The REPL's line history.
  public var historyFile: String { "\(folder)/history" }

  /// `path` with the home folder shortened to `~`, for display.
  public static func abbreviatingHome(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty, home != "/" else { return path }
    if path == home { return "~" }
    let prefix = home.hasSuffix("/") ? home : home + "/"
    return path.hasPrefix(prefix) ? "~/" + path.dropFirst(prefix.count) : path
  }

  /// `path` for display: the home folder shortened to `~`, control characters escaped.
  public static func displayPath(_ path: String, home: String?) -> SafeText {
    SafeText(escaping: abbreviatingHome(path, home: home))
  }

  static func expandingTilde(_ path: String, home: String) -> String {
    if path == "~" { return home }
    guard path.hasPrefix("~/") else { return path }
    return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
  }
}
