import AuthProfiles
import ModelCatalog
import ModelPin
import SessionState

/// What the shell completes after `--provider`, `--profile` and a session key: read from the
/// state the command line names (`--state-dir`, `--agent`, `--config`, `--database`), so a Tab
/// offers what is there. A state that cannot be read offers nothing rather than an error. The
/// shell keeps the candidates that fit the word being typed.
public struct ShellCompletions: Sendable {
  private let workspace: Workspace?

  /// The state of the options in `words` (the command line as the shell split it), in `environment`.
  public init(words: [String], environment: [String: String]) {
    func value(of option: String) -> String? {
      guard let index = words.firstIndex(of: option), index + 1 < words.count else { return nil }
      return words[index + 1]
    }
    let options = WorkspaceOptions(
      stateFolder: value(of: "--state-dir"), agent: value(of: "--agent"), configFile: value(of: "--config"),
      database: value(of: "--database"))
    workspace = try? Workspace.load(options, processEnvironment: environment)
  }

  /// The providers with a selectable model or a stored profile, in list order.
  public func providers() -> [String] {
    guard let workspace else { return [] }
    var seen: Set<String> = []
    let stored = (try? workspace.authState(persist: false).current().profiles.map(\.provider)) ?? []
    return (workspace.selection.providers + stored).filter { seen.insert($0).inserted }
  }

  /// The stored profile ids, in file order.
  public func profiles() -> [String] {
    guard let store = try? workspace?.authState(persist: false).current() else { return [] }
    return store.profiles.map(\.id)
  }

  /// The session keys with pins, of the store `--sessions` or the default names.
  public func sessions(storeName: String?) -> [String] {
    guard let workspace,
      let kind = try? storeName.map(SessionStoreKind.init(parsing:)) ?? workspace.defaultSessionStoreKind(),
      let pins = try? workspace.sessionStore(kind: kind).allPins()
    else { return [] }
    return pins.map(\.session)
  }
}
