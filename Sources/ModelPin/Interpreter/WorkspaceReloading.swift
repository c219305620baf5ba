import AuthProfiles
import ModelCommand
import SafeText
import StateFolder

/// Where a workspace was read from, so that a running `serve` can read it again when the config or
/// `.env` changes (spec §7.3).
///
/// Checking costs one read of an inotify descriptor while nothing changed (`FileWatch`), else one
/// `stat` per file (the config's candidates and `.env`), not a read: a file is read again only when
/// its signature moved.
public struct WorkspaceSource: Sendable {
  let options: WorkspaceOptions
  let processEnvironment: [String: String]
  /// The files read: the config (or its candidates, any of which may appear) and `.env`.
  let paths: [String]
  /// Their signatures when they were last read; nil for a file that did not exist.
  var signatures: [FileSignature?]
  /// Says when none of the files can have changed, so that their signatures need no `stat`.
  let watch: FileWatch

  init(options: WorkspaceOptions, processEnvironment: [String: String], paths: [String]) {
    self.options = options
    self.processEnvironment = processEnvironment
    self.paths = paths
    watch = FileWatch(paths: paths)
    // Taken before reading: a write during the read shows up as a change at the next check.
    signatures = paths.map(FileSignature.init(of:))
  }

  /// The signatures now, when any differs from those read.
  func changedSignatures() -> [FileSignature?]? {
    guard watch.mayHaveChanged() else { return nil }
    let now = paths.map(FileSignature.init(of:))
    return now == signatures ? nil : now
  }
}

/// The config, environment and what the interpreter derives from them, replaced together when a
/// reload reads new ones.
final class LoadedWorkspace: Sendable {
  let workspace: Workspace
  let parser: CommandParser
  let authOrders: AuthOrderCache
  /// Why the files as they are now are not in use (a config that does not parse); nil when they
  /// are. Kept as the error, so each reply words it in its own language.
  let problem: (any Error)?

  init(_ workspace: Workspace, problem: (any Error)? = nil) {
    self.workspace = workspace
    parser = CommandParser(aliases: workspace.selection.aliasNames)
    authOrders = AuthOrderCache(config: workspace.config)
    self.problem = problem
  }
}

extension Interpreter {
  /// Reads the config and `.env` again when either changed since they were read (spec §7.3), and
  /// returns the hint a reply owes while the config in use is not the one on disk: a config that
  /// no longer parses keeps the last good one. The agent and the state folder stay those of the
  /// start.
  ///
  /// Cheap when nothing changed: one read of an inotify descriptor, or one `stat` per file. Only
  /// workspaces made by `Workspace.load` reload; others never change.
  public func reloadIfChanged(language: Language? = nil) -> SafeText? {
    let (problem, workspace) = turnLock.withLock { _ -> ((any Error)?, Workspace) in
      let current = loaded.withLock { $0 }
      guard let source = current.workspace.source, let signatures = source.changedSignatures() else {
        return (current.problem, current.workspace)
      }
      var options = source.options
      options.agent = current.workspace.layout.agent
      let next: LoadedWorkspace
      do {
        var reloaded = try Workspace.load(options, processEnvironment: source.processEnvironment)
        // The flags the process was started with, not the agent filled in above for the reload.
        reloaded.stateFlags = current.workspace.stateFlags
        next = LoadedWorkspace(reloaded)
        // Numbers and route texts may name models or aliases of the old config.
        lastLists.withLock { $0.removeAll() }
        routeTexts.withLock { $0 = [:] }
        chatRoutes.withLock { $0.removeAll() }
      } catch {
        var kept = current.workspace
        kept.source?.signatures = signatures
        next = LoadedWorkspace(kept, problem: error)
      }
      loaded.withLock { $0 = next }
      return (next.problem, next.workspace)
    }
    guard let problem else { return nil }
    let catalog = messages(for: language)
    return catalog.text(.hintConfigKept(reason: Self.reloadReason(problem, in: workspace, catalog)))
  }

  /// What is wrong with the files, as a hint says it: where and why, without the advice to run again.
  private static func reloadReason(_ error: any Error, in workspace: Workspace, _ messages: MessageCatalog) -> SafeText
  {
    guard let error = error as? ConfigError, case .unparsable(let path, let parse) = error else {
      return messages.reason(of: error)
    }
    return messages.text(
      .reasonConfigUnparsable(
        path: workspace.displayPath(path), line: String(parse.line), column: String(parse.column),
        reason: parse.message))
  }
}
