import AuthProfiles
import StateFolder
import Synchronization

/// The interpreter's view of `auth-profiles.json`.
///
/// `live` re-reads the file when another process changed it (a stat per request) and writes
/// outcomes through to it under the file lock; `snapshot` reads it once and keeps outcomes in
/// memory, which is what `replay` without `--persist` needs: it reads the state but changes nothing.
public final class AuthAccess: Sendable {
  /// How the file is used.
  public enum Mode: Sendable {
    case live, snapshot
  }

  private struct Cache {
    var store: AuthStore
    var signature: FileSignature?
  }

  private let file: AuthProfileFile
  private let mode: Mode
  private let cache: Mutex<Cache>

  /// Reads the file once; a file that does not parse throws, naming the path.
  public init(path: String, mode: Mode) throws {
    self.file = AuthProfileFile(path: path)
    self.mode = mode
    let signature = FileSignature(of: path)
    self.cache = Mutex(Cache(store: try file.load(), signature: signature))
  }

  /// The path of the file.
  public var path: String { file.path }

  /// The store as it is now.
  public func current() throws -> AuthStore {
    guard mode == .live else { return cache.withLock { $0.store } }
    let signature = FileSignature(of: file.path)
    if let cached = cache.withLock({ $0.signature == signature ? $0.store : nil }) { return cached }
    let store = try file.load()
    cache.withLock { $0 = Cache(store: store, signature: signature) }
    return store
  }

  /// Applies a change: under the file lock and written through when live, in memory otherwise.
  @discardableResult
  public func update<Result>(_ body: (inout AuthStore) throws -> Result) throws -> Result {
    switch mode {
    case .live:
      var updated: AuthStore?
      let result = try file.update { store in
        let result = try body(&store)
        updated = store
        return result
      }
      if let updated {
        cache.withLock { $0 = Cache(store: updated, signature: FileSignature(of: file.path)) }
      }
      return result
    case .snapshot:
      return try cache.withLock { cache in try body(&cache.store) }
    }
  }
}
