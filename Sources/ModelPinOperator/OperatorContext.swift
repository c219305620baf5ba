import AuthProfiles
import ModelCommand
import ModelPin
import SafeText
import StateFolder

/// What the operator commands (`status`, `auth`, `sessions`, `doctor`) work with: the state
/// folder, the messages of the user's language and the clock.
public struct OperatorContext: Sendable {
  public let workspace: Workspace
  public let messages: MessageCatalog
  /// The clock, Unix milliseconds.
  public let now: Int64

  public init(workspace: Workspace, messages: MessageCatalog, now: Int64) {
    self.workspace = workspace
    self.messages = messages
    self.now = now
  }

  /// Reads the state folder the options name, and picks the language (spec §7.5).
  ///
  /// - Throws: `OperatorFailure` naming the file that could not be read, in the user's language.
  public static func load(
    _ options: WorkspaceOptions, languageFlag: String?, processEnvironment: [String: String], now: Int64
  ) throws(OperatorFailure) -> OperatorContext {
    let workspace: Workspace
    do {
      workspace = try Workspace.load(options, processEnvironment: processEnvironment)
    } catch {
      let language = Language.select(flag: languageFlag, environment: processEnvironment, configured: nil)
      throw OperatorFailure(try catalog(language).describe(error, home: processEnvironment["HOME"]))
    }
    let language = Language.select(
      flag: languageFlag, environment: processEnvironment, configured: workspace.config.language)
    return OperatorContext(workspace: workspace, messages: try catalog(language), now: now)
  }

  /// The message catalog of a language; a broken installation is a failure, not a crash.
  public static func catalog(_ language: Language) throws(OperatorFailure) -> MessageCatalog {
    do {
      return try MessageCatalog.withOperatorMessages(language)
    } catch {
      throw OperatorFailure("\(String(describing: error))")
    }
  }

  /// The agent's `auth-profiles.json`.
  public var authFile: AuthProfileFile { workspace.authFile }

  /// The agent's auth state: `auth-profiles.json`, or the database when one is configured.
  public var authState: any AuthStateStore { workspace.database?.auth ?? authFile }

  /// The agent's credentials as the file or database holds them now; a missing file is an empty store.
  public func authStore() throws(OperatorFailure) -> AuthStore {
    do {
      if let database = workspace.database { return try database.auth.current() }
      return try authFile.load()
    } catch {
      throw failure(error)
    }
  }

  /// Changes `auth-profiles.json` under its lock: re-read, apply, atomic write (spec §5.1), or the
  /// database's document in one transaction (spec §8). A file that does not parse is left as it is.
  @discardableResult
  public func updateAuth<Result>(_ body: (inout AuthStore) throws -> Result) throws(OperatorFailure) -> Result {
    do {
      return try authState.update(body)
    } catch {
      throw failure(error)
    }
  }

  /// A failure with the text of `error` in the user's language.
  public func failure(_ error: any Error) -> OperatorFailure {
    OperatorFailure(messages.describe(error, home: workspace.home, flags: workspace.stateFlags))
  }

  /// A failure with a message of the catalog.
  func failure(_ message: Message) -> OperatorFailure {
    OperatorFailure(messages.text(message))
  }

  /// A path for display: home shortened to `~`, control characters escaped.
  public func display(_ path: String) -> SafeText {
    workspace.displayPath(path)
  }
}
