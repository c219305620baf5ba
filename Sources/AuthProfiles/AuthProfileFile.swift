import StateFolder
import Synchronization

/// The `auth-profiles.json` of an agent: reads it, and changes it safely while OpenClaw or other
/// modelpin processes may change it too (spec §5.1).
///
/// ``current()`` keeps the parsed store while the file's signature is unchanged, so a request
/// that changes nothing costs a read of an inotify descriptor (`FileWatch`) or a `stat`; changes
/// other processes make are seen on the next call.
///
/// Secret references (spec §5.1) are resolved with the store, eagerly: when the file is read and
/// again when it changed, never per call. A change this process writes itself keeps the values
/// resolved before; only a reference it has not seen is resolved then.
public final class AuthProfileFile: AuthStateStore {
  /// The file, e.g. `StateLayout.authProfilesFile`.
  public let path: String
  /// Resolves the references of the profiles and of the config; nil leaves them unresolved.
  public let secrets: SecretResolver?
  private let cache = Mutex<Cached?>(nil)
  /// Says when the file cannot have changed, so that its signature needs no `stat`.
  private let watch: FileWatch

  private struct Cached {
    var store: AuthStore
    var signature: FileSignature?
  }

  public init(path: String, secrets: SecretResolver? = nil) {
    self.path = path
    self.secrets = secrets
    watch = FileWatch(paths: [path])
  }

  public var location: String { path }

  /// The store as the file holds it now, parsed again only when the file changed.
  public func current() throws(AuthStoreError) -> AuthStore {
    if !watch.mayHaveChanged(), let cached = cache.withLock({ $0?.store }) { return cached }
    // Taken before reading: a writer renaming in between makes the next call read again,
    // never pairs new contents with an old signature.
    let signature = FileSignature(of: path)
    if let cached = cache.withLock({ $0?.signature == signature ? $0?.store : nil }) { return cached }
    let store = try load()
    cache.withLock { $0 = Cached(store: store, signature: signature) }
    return store
  }

  /// The store as the file holds it now, its references resolved afresh; a missing file is an empty store.
  ///
  /// - Throws: `AuthStoreError.unparsable` (with line and column) for a file that is not JSON,
  ///   `.invalidValue` for one of the wrong shape, `.file` when it cannot be read.
  public func load() throws(AuthStoreError) -> AuthStore {
    resolved(try read(), keepingThoseOf: nil)
  }

  private func resolved(_ store: AuthStore, keepingThoseOf previous: AuthStore?) -> AuthStore {
    secrets?.resolving(store, keepingThoseOf: previous) ?? store
  }

  /// The store as the file holds it, references unresolved.
  private func read() throws(AuthStoreError) -> AuthStore {
    let bytes: [UInt8]?
    do {
      bytes = try StateFile.read(path)
    } catch {
      throw .file(error)
    }
    guard let bytes else { return AuthStore() }
    return try AuthStore(parsing: bytes, path: path)
  }

  /// Changes the store: under an exclusive lock, re-reads the file, applies `body`, runs
  /// `alongside`, and, when `body` changed anything, writes the file atomically (mode 0600,
  /// folders 0700).
  ///
  /// No update is lost to another process doing the same. When the file does not parse, or
  /// `body` or `alongside` throws, nothing is written: the file stays byte for byte as it was.
  ///
  /// ```swift
  /// try file.update { try $0.record(.rateLimit, profile: "anthropic:work", now: now, settings: config.cooldowns) }
  /// ```
  /// - Returns: what `body` returns.
  /// - Throws: an `AuthStoreError` from reading, locking or writing, or what `body` throws.
  @discardableResult
  public func update<T>(_ body: (inout AuthStore) throws -> T, alongside: (AuthStore) throws -> Void) throws -> T {
    do {
      return try FileLock.withExclusiveLock(for: path) {
        var store = resolved(try read(), keepingThoseOf: cache.withLock { $0?.store })
        let result = try body(&store)
        try alongside(store)
        if store.hasChanges {
          try StateFile.writeAtomically(Array(store.serialized().utf8), to: path)
        }
        // Still under the lock: the signature is that of the file just written or read.
        cache.withLock { $0 = Cached(store: store, signature: FileSignature(of: path)) }
        return result
      }
    } catch let error as StateFileError {
      throw AuthStoreError.file(error)
    } catch let error as FileLockTimeout {
      throw AuthStoreError.file(error.fileError)
    }
  }
}
