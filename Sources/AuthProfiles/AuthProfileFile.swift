import StateFolder

/// The `auth-profiles.json` of an agent: reads it, and changes it safely while OpenClaw or other
/// modelpin processes may change it too (spec §5.1).
public final class AuthProfileFile: Sendable {
  /// The file, e.g. `StateLayout.authProfilesFile`.
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// The store as the file holds it now; a missing file is an empty store.
  ///
  /// - Throws: `AuthStoreError.unparsable` (with line and column) for a file that is not JSON,
  ///   `.invalidValue` for one of the wrong shape, `.file` when it cannot be read.
  public func load() throws(AuthStoreError) -> AuthStore {
    let bytes: [UInt8]?
    do {
      bytes = try StateFile.read(path)
    } catch {
      throw .file(error)
    }
    guard let bytes else { return AuthStore() }
    return try AuthStore(parsing: bytes, path: path)
  }

  /// Changes the store: under an exclusive lock, re-reads the file, applies `body`, and, when it
  /// changed anything, writes the file atomically (mode 0600, folders 0700).
  ///
  /// No update is lost to another process doing the same. When the file does not parse, or
  /// `body` throws, nothing is written: the file stays byte for byte as it was.
  ///
  /// ```swift
  /// try file.update { try $0.record(.rateLimit, profile: "anthropic:work", now: now, settings: config.cooldowns) }
  /// ```
  /// - Returns: what `body` returns.
  /// - Throws: an `AuthStoreError` from reading, locking or writing, or what `body` throws.
  @discardableResult
  public func update<T>(_ body: (inout AuthStore) throws -> T) throws -> T {
    do {
      return try FileLock.withExclusiveLock(for: path) {
        var store = try load()
        let result = try body(&store)
        if store.hasChanges {
          try StateFile.writeAtomically(Array(store.serialized().utf8), to: path)
        }
        return result
      }
    } catch let error as StateFileError {
      throw AuthStoreError.file(error)
    } catch let error as FileLockTimeout {
      throw AuthStoreError.file(error.fileError)
    }
  }
}
