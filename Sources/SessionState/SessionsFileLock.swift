#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import StateFolder

/// OpenClaw's lock of `sessions.json`, so that modelpin and a running OpenClaw take turns.
///
/// The lock is the file `<path>.lock`, created exclusively with the owner's pid and removed when
/// done. A lock file older than 30 seconds was left by a process that died and is taken over.
/// A kernel lock on a file that stays in place (`FileLock`) would look to OpenClaw like a lock
/// that is never released.
enum SessionsFileLock {
  /// How long a writer waits for the lock before it gives up.
  static let timeout: Duration = .seconds(10)
  /// The age, in seconds, after which a lock file counts as abandoned (OpenClaw's `staleMs`).
  static let staleSeconds = 30

  /// Runs `body` while holding the lock of `path`.
  static func withLock<Result>(for path: String, _ body: () throws(SessionStoreError) -> Result)
    throws(SessionStoreError) -> Result
  {
    let lockPath = path + ".lock"
    do {
      try StateFile.createFolder(containing: path)
    } catch {
      throw .file(error)
    }
    let deadline = ContinuousClock.now + timeout
    while true {
      let descriptor = open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        let owner = "{\"pid\":\(getpid()),\"startedAt\":\(Int64(time(nil)) * 1000)}"
        _ = owner.utf8CString.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count - 1) }
        close(descriptor)
        defer { unlink(lockPath) }
        return try body()
      }
      guard errno == EEXIST else {
        let reason = String(cString: strerror(errno)).lowercased()
        throw .file(StateFileError(path: lockPath, reason: "cannot lock: \(reason)"))
      }
      if isAbandoned(lockPath) {
        unlink(lockPath)
        continue
      }
      guard ContinuousClock.now < deadline else { throw .lockTimeout(path: lockPath) }
      usleep(2_000)
    }
  }

  private static func isAbandoned(_ lockPath: String) -> Bool {
    var status = stat()
    guard stat(lockPath, &status) == 0 else { return false }
    return time(nil) - status.st_mtim.tv_sec > staleSeconds
  }
}
