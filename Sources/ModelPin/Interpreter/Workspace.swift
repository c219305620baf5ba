import AuthProfiles
import ModelCatalog
import ModelCommand
import PostgresState
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
    let folder = StateLayout.resolveFolder(explicit: options.stateFolder, environment: processEnvironment)
    let candidates = StateLayout(folder: folder, agent: "main").configCandidates
    let config = try ConfigLoader.load(explicitPath: options.configFile, candidates: candidates)
    let agent = options.agent ?? config.defaultAgentID
    let layout = StateLayout(folder: folder, agent: agent)
    let environment = try Environment.load(process: processEnvironment, dotEnvFile: layout.environmentFile)
    let selection = ModelSelection(catalog: try BuiltInCatalog.load(), config: config, agent: agent)
    // Read, and libpq loaded, only when a database is named: files cost nothing more.
    let url = [options.database, processEnvironment["MODELPIN_DATABASE_URL"], config.database]
      .compactMap { $0 }.first { !$0.isEmpty }
    return Workspace(
      layout: layout, config: config, environment: environment, selection: selection,
      home: processEnvironment["HOME"],
      database: try url.map { PostgresDatabase(url: try DatabaseURL($0), agent: agent) })
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
    let store: any AuthStateStore = database?.auth ?? AuthProfileFile(path: layout.authProfilesFile)
    guard persist else { return try AuthStateSnapshot(of: store) }
    // A database that is down at start answers each request with state_unavailable until it is
    // back, as one that goes down later does: a bridge keeps its process.
    if database == nil { _ = try store.current() }
    return store
  }

  /// The start-up warnings about credentials other users can read: the state folder or
  /// auth-profiles.json readable by group or others (modelpin makes them 0700 and 0600).
  public func permissionWarnings(_ messages: MessageCatalog) -> [String] {
    // With a database, auth-profiles.json is not read: its mode is doctor's business, not each start's.
    let files = database == nil ? [(layout.folder, "700"), (layout.authProfilesFile, "600")] : [(layout.folder, "700")]
    return files.compactMap { path, fix in
      guard let mode = StateFile.permissions(of: path), mode & 0o044 != 0 else { return nil }
      let octal = String(mode, radix: 8)
      return messages.text(
        .warningReadableByOthers,
        ["path": displayPath(path), "mode": String(repeating: "0", count: max(0, 4 - octal.count)) + octal, "fix": fix])
    }
  }

  /// A path for display, with the home folder shortened to `~` and control characters escaped.
  func displayPath(_ path: String) -> String {
    escapedForDisplay(StateLayout.abbreviatingHome(path, home: home))
  }
}
