import AuthProfiles
import ModelCatalog
import ModelCommand
import StateFolder

/// The options every front end accepts for finding its state (spec §2).
public struct WorkspaceOptions: Sendable, Equatable {
  /// `--state-dir`.
  public var stateFolder: String?
  /// `--agent`.
  public var agent: String?
  /// `--config`.
  public var configFile: String?

  public init(stateFolder: String? = nil, agent: String? = nil, configFile: String? = nil) {
    self.stateFolder = stateFolder
    self.agent = agent
    self.configFile = configFile
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

  public init(layout: StateLayout, config: Config, environment: Environment, selection: ModelSelection, home: String?) {
    self.layout = layout
    self.config = config
    self.environment = environment
    self.selection = selection
    self.home = home
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
    if let conflict = AliasConflict.all(in: selection, path: config.path).first { throw conflict }
    return Workspace(
      layout: layout, config: config, environment: environment, selection: selection,
      home: processEnvironment["HOME"])
  }

  /// The agent's auth state: `auth-profiles.json` read and written live, or, without `persist`,
  /// a copy in memory. Read once here, so a file that does not parse stops the start, naming it.
  public func authState(persist: Bool) throws -> any AuthStateStore {
    let file = AuthProfileFile(path: layout.authProfilesFile)
    guard persist else { return try AuthStateSnapshot(of: file) }
    _ = try file.current()
    return file
  }

  /// The start-up warnings about credentials other users can read: the state folder or
  /// auth-profiles.json readable by group or others (modelpin makes them 0700 and 0600).
  public func permissionWarnings(_ messages: MessageCatalog) -> [String] {
    // The file's only when it is a regular file: anything else in its place is an error of its own.
    let modes = [
      (layout.folder, "700", StateFile.permissions(of: layout.folder)),
      (layout.authProfilesFile, "600", StateFile.filePermissions(of: layout.authProfilesFile)),
    ]
    return modes.compactMap { path, fix, mode in
      guard let mode, mode & 0o044 != 0 else { return nil }
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
