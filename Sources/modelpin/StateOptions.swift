import ArgumentParser
import ModelPin
import ModelPinOperator
import SessionState

/// The options every subcommand takes to find its state (spec §2, §7.5).
struct StateOptions: ParsableArguments {
  @Option(
    name: .customLong("state-dir"),
    help: ArgumentHelp(
      "The state folder (default: $MODELPIN_STATE_DIR, $OPENCLAW_STATE_DIR, ~/.modelpin if it exists, "
        + "~/.openclaw if it holds openclaw.json, else ~/.modelpin)."),
    completion: .directory)
  var stateFolder: String?

  @Option(help: "The agent whose credentials and sessions are used (default: the config's default agent, else main).")
  var agent: String?

  @Option(help: "A config file to read instead of <state>/modelpin.json or openclaw.json.", completion: .file())
  var config: String?

  @Option(
    help: ArgumentHelp(
      "The session store: sqlite, json (OpenClaw's sessions.json), memory or postgres (default: $MODELPIN_SESSIONS, "
        + "config modelpin.sessions, json in an OpenClaw folder, else sqlite)."),
    completion: .list(["sqlite", "json", "memory", "postgres"]))
  var sessions: String?

  @Option(
    help: "A PostgreSQL URL holding pins and auth state shared by instances (default: $MODELPIN_DATABASE_URL, config).")
  var database: String?

  @Option(
    help: "The language of replies and messages: en or zh-Hant (default: $MODELPIN_LANG, config, locale).",
    completion: .list(["en", "zh-Hant"]))
  var lang: String?

  func validate() throws {
    if let lang, Language(identifier: lang) == nil {
      throw ValidationError("unknown language \"\(lang)\": use en or zh-Hant")
    }
    if let sessions, !asksForPostgres {
      do {
        _ = try SessionStoreKind(parsing: sessions)
      } catch {
        throw ValidationError(error.description)
      }
    }
  }

  /// The session store: `--sessions`, else the workspace's default (spec §2).
  func sessionStoreKind(for workspace: Workspace) throws -> SessionStoreKind {
    do {
      if let sessions, !asksForPostgres { return try SessionStoreKind(parsing: sessions) }
      return try workspace.defaultSessionStoreKind()
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// The workspace these options name, from the process environment.
  /// Errors quote config and state files: they are thrown as `DisplayedError`, escaped for the terminal.
  func workspace() throws -> Workspace {
    let workspace: Workspace
    do {
      workspace = try Workspace.load(workspaceOptions, processEnvironment: ProcessEnvironment.current)
    } catch {
      throw DisplayedError(error)
    }
    try requireDatabase(workspace)
    return workspace
  }

  /// `--sessions postgres`: the database's store, which replaces the file stores when one is configured.
  private var asksForPostgres: Bool { sessions?.lowercased() == "postgres" }

  /// `--sessions postgres` with no database configured is a mistake to say, not a silent SQLite.
  func requireDatabase(_ workspace: Workspace) throws {
    if asksForPostgres, workspace.database == nil {
      throw ValidationError("--sessions postgres needs --database URL, $MODELPIN_DATABASE_URL or modelpin.database")
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
    let messages = try OperatorContext.catalog(language)
    for warning in workspace.missingFolderWarnings(workspaceOptions, messages) + workspace.permissionWarnings(messages)
    {
      StandardOutput.error(warning)
    }
    let store = workspace.sessionStore(kind: try sessionStoreKind(for: workspace))
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
