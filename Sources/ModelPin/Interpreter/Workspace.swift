import AuthProfiles
import ModelCatalog
import ModelCommand
import PostgresState
import SafeText
import SessionState
import StateFolder

/// The options every front end accepts for finding its state (spec §2).
public struct WorkspaceOptions: Sendable, Equatable {
  /// `--state-dir`.
  public var stateFolder: String?
  /// `--agent`.
  public var agent: String?
  /// `--config`.
  public var configFile: String?
  /// `--database`: a PostgreSQL URL or connection string (spec §8).
  public var database: String?

  public init(stateFolder: String? = nil, agent: String? = nil, configFile: String? = nil, database: String? = nil) {
    self.stateFolder = stateFolder
    self.agent = agent
    self.configFile = configFile
    self.database = database
  }
}

/// What the state folder says before any line is read: where the files are, the config, the
/// environment credentials and the selectable models.
public struct Workspace: Sendable {
  public var layout: StateLayout
  public var config: Config
  public var environment: Environment
  public var selection: ModelSelection
  /// The home folder, for shortening paths to `~` in views.
  public var home: String?
  /// How the state folder was chosen (spec §2).
  public var folderSource: StateLayout.FolderSource = .flag
  /// The `--state-dir` and `--agent` given, repeated by the commands that messages suggest.
  package var stateFlags = StateFlags()
  /// Where it was read from, when `load` read it: what a running server checks for changes.
  public var source: WorkspaceSource?
  /// The database holding the pins and auth state, when one is configured (spec §8).
  public var database: PostgresDatabase?

  public init(
    layout: StateLayout, config: Config, environment: Environment, selection: ModelSelection, home: String?,
    database: PostgresDatabase? = nil
  ) {
    self.layout = layout
    self.config = config
    self.environment = environment
    self.selection = selection
    self.home = home
    self.database = database
  }

  /// Reads the config and `.env` of the state folder the options and environment name.
  public static func load(_ options: WorkspaceOptions, processEnvironment: [String: String]) throws -> Workspace {
    let (folder, folderSource) = StateLayout.chooseFolder(
      explicit: options.stateFolder, environment: processEnvironment)
    let candidates = StateLayout(folder: folder, agent: "main").configCandidates
    let source = WorkspaceSource(
      options: options, processEnvironment: processEnvironment,
      paths: (options.configFile.map { [$0] } ?? candidates) + [
        StateLayout(folder: folder, agent: "main").environmentFile
      ])
    let config = try ConfigLoader.load(explicitPath: options.configFile, candidates: candidates)
    let agent = options.agent ?? config.defaultAgentID
    let layout = StateLayout(folder: folder, agent: agent)
    let environment = try Environment.load(process: processEnvironment, dotEnvFile: layout.environmentFile)
    let selection = ModelSelection(catalog: try BuiltInCatalog.load(), config: config, agent: agent)
    if let conflict = AliasConflict.all(in: selection, path: config.path).first { throw conflict }
    // Read, and libpq loaded, only when a database is named: files cost nothing more.
    let url = [options.database, processEnvironment["MODELPIN_DATABASE_URL"], config.database]
      .compactMap { $0 }.first { !$0.isEmpty }
    var workspace = Workspace(
      layout: layout, config: config, environment: environment, selection: selection,
      home: processEnvironment["HOME"],
      database: try url.map {
        PostgresDatabase(
          url: try DatabaseURL($0), agent: agent,
          secrets: SecretResolver(config: config, environment: environment))
      })
    workspace.stateFlags = StateFlags(
      stateFolder: options.stateFolder, agent: options.agent, home: processEnvironment["HOME"])
    workspace.source = source
    workspace.folderSource = folderSource
    return workspace
  }

  /// The session store: the database's when one is configured, else the store of `kind` in the
  /// state folder.
  public func sessionStore(kind: SessionStoreKind) -> any SessionStore {
    database?.sessions ?? makeSessionStore(kind: kind, layout: layout)
  }

  /// Where the auth state lives, for messages: `auth-profiles.json`, or the database (password masked).
  public var authLocation: String { database?.auth.location ?? layout.authProfilesFile }

  /// The agent's auth state: `auth-profiles.json` or the database, read and written live, or,
  /// without `persist`, a copy in memory. Read once here, so a file that does not parse stops the
  /// start, naming it.
  public func authState(persist: Bool) throws -> any AuthStateStore {
    let store: any AuthStateStore = database?.auth ?? authFile
    guard persist else { return try AuthStateSnapshot(of: store) }
    // A database that is down at start answers each request with state_unavailable until it is
    // back, as one that goes down later does: a bridge keeps its process.
    if database == nil { _ = try store.current() }
    return store
  }

  /// The agent's `auth-profiles.json`, its secret references resolved through the config (spec §5.1).
  public var authFile: AuthProfileFile {
    AuthProfileFile(path: layout.authProfilesFile, secrets: SecretResolver(config: config, environment: environment))
  }

  /// The session store when `--sessions` names none (spec §2): `$MODELPIN_SESSIONS`, else the
  /// config's `modelpin.sessions`, else `json` in an OpenClaw folder (pins shared with OpenClaw
  /// itself), else `sqlite`.
  ///
  /// - Throws: `SessionStoreError.unknownStoreKind` for a variable or config naming no store.
  public func defaultSessionStoreKind() throws(SessionStoreError) -> SessionStoreKind {
    if let named = environment.process["MODELPIN_SESSIONS"], !named.isEmpty {
      return try SessionStoreKind(parsing: named)
    }
    if let named = config.sessionStore, !named.isEmpty { return try SessionStoreKind(parsing: named) }
    return layout.isOpenClawFolder ? .json : .sqlite
  }

  /// What the options name that does not exist, said once on standard error (spec §2): a typo
  /// in `--state-dir` or `--agent` must not look like an empty state.
  public func missingFolderWarnings(_ options: WorkspaceOptions, _ messages: MessageCatalog) -> [SafeText] {
    Self.missingFolderWarnings(options, layout: layout, home: home, messages)
  }

  /// `missingFolderWarnings` for a state folder not loaded as a workspace (`doctor`).
  public static func missingFolderWarnings(
    _ options: WorkspaceOptions, layout: StateLayout, home: String?, _ messages: MessageCatalog
  ) -> [SafeText] {
    let shown = StateLayout.abbreviatingHome(layout.folder, home: home)
    if options.stateFolder != nil, StateFile.permissions(of: layout.folder) == nil {
      return [messages.text(.warningNoStateFolder(path: shown))]
    }
    if let agent = options.agent, StateFile.permissions(of: "\(layout.folder)/agents/\(agent)") == nil {
      return [messages.text(.warningNoAgent(agent: agent, path: shown))]
    }
    return []
  }

  /// The start-up warnings about credentials other users can read: the state folder or
  /// auth-profiles.json readable by group or others (modelpin makes them 0700 and 0600).
  public func permissionWarnings(_ messages: MessageCatalog) -> [SafeText] {
    // The file's only when it is a regular file: anything else in its place is an error of its own.
    // With a database, auth-profiles.json is not read: its mode is doctor's business, not each start's.
    var modes = [(layout.folder, "700", StateFile.permissions(of: layout.folder))]
    if database == nil {
      modes.append((layout.authProfilesFile, "600", StateFile.filePermissions(of: layout.authProfilesFile)))
    }
    return modes.compactMap { path, fix, mode in
      guard let mode, mode & 0o044 != 0 else { return nil }
      let octal = String(mode, radix: 8)
      let warning = messages.text(
        .warningReadableByOthers(
          path: displayPath(path), mode: String(repeating: "0", count: max(0, 4 - octal.count)) + octal, fix: fix))
      return messages.text(.cliWarning(text: warning))
    }
  }

  /// A path for display, with the home folder shortened to `~` and control characters escaped.
  package func displayPath(_ path: String) -> SafeText {
    StateLayout.displayPath(path, home: home)
  }
}
