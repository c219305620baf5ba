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

  /// The state folder: `explicit` (`--state-dir`), else `MODELPIN_STATE_DIR`, else
  /// `OPENCLAW_STATE_DIR`, else `~/.modelpin`. A leading `~` is expanded.
  public static func resolveFolder(explicit: String?, environment: [String: String]) -> String {
    let home = environment["HOME"] ?? "/"
    let chosen =
      [explicit, environment["MODELPIN_STATE_DIR"], environment["OPENCLAW_STATE_DIR"]]
      .compactMap { $0 }
      .first { !$0.isEmpty } ?? "~/.modelpin"
    return expandingTilde(chosen, home: home)
  }

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

  static func expandingTilde(_ path: String, home: String) -> String {
    if path == "~" { return home }
    guard path.hasPrefix("~/") else { return path }
    return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
  }
}
