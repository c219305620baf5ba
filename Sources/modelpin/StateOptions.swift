import ArgumentParser
import ModelPin
import SessionState

/// The options every subcommand takes to find its state (spec §2, §7.5).
struct StateOptions: ParsableArguments {
  @Option(
    name: .customLong("state-dir"),
    help: "The state folder (default: $MODELPIN_STATE_DIR, $OPENCLAW_STATE_DIR, ~/.modelpin).")
  var stateFolder: String?

  @Option(help: "The agent whose credentials and sessions are used (default: the config's default agent, else main).")
  var agent: String?

  @Option(help: "A config file to read instead of <state>/modelpin.json or openclaw.json.")
  var config: String?

  @Option(help: "The session store: sqlite (default), json (OpenClaw's sessions.json) or memory.")
  var sessions: String?

  @Option(help: "The language of replies and messages: en or zh-Hant (default: $MODELPIN_LANG, config, locale).")
  var lang: String?

  func validate() throws {
    if let lang, Language(identifier: lang) == nil {
      throw ValidationError("unknown language \"\(lang)\": use en or zh-Hant")
    }
    _ = try sessionStoreKind()
  }

  func sessionStoreKind() throws -> SessionStoreKind {
    do {
      return try SessionStoreKind(parsing: sessions ?? "sqlite")
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// The workspace these options name, from the process environment.
  /// Errors quote config and state files: they are thrown as `DisplayedError`, escaped for the terminal.
  func workspace() throws -> Workspace {
    do {
      return try Workspace.load(
        WorkspaceOptions(stateFolder: stateFolder, agent: agent, configFile: config),
        processEnvironment: ProcessEnvironment.current)
    } catch {
      throw DisplayedError(error)
    }
  }

  /// The reply language: `--lang`, `MODELPIN_LANG`, config, locale, English.
  func language(for workspace: Workspace) -> Language {
    Language.select(flag: lang, environment: ProcessEnvironment.current, configured: workspace.config.language)
  }

  /// An interpreter over the state; `persist: false` reads the state and keeps every change in memory.
  func interpreter(persist: Bool) throws -> Interpreter {
    let workspace = try workspace()
    let language = language(for: workspace)
    for warning in workspace.permissionWarnings(try MessageCatalog.load(language)) {
      StandardOutput.error(warning)
    }
    let store = makeSessionStore(kind: try sessionStoreKind(), layout: workspace.layout)
    let sessions: any SessionStore = persist ? store : OverlaySessionStore(base: store)
    do {
      return try Interpreter(
        workspace: workspace, sessions: sessions, auth: workspace.authState(persist: persist), language: language)
    } catch {
      throw DisplayedError(error)
    }
  }
}

/// Refuses a `--session` the stores would refuse, before any line is read: a usage error up front
/// rather than the same error for every line.
func validateSessionKey(_ key: String) throws {
  do {
    try SessionKey.validate(key)
  } catch {
    throw ValidationError("--session: \(DisplayedError(error))")
  }
}
