#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock shared by every process that updates one file.
///
/// The lock is held on a companion file, `<path>.lock`, because the file itself is replaced by
/// rename on every write and a lock on the old inode would not exclude the next writer.
public enum FileLock {
  /// Runs `body` while holding the exclusive lock for `path`; waits for other holders.
  public static func withExclusiveLock<Result>(
    for path: String, _ body: () throws -> Result
  ) throws -> Result {
    let lockPath = path + ".lock"
    try StateFile.createFolder(StateFile.parentFolder(of: path))
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw StateFileError.system(lockPath, "lock") }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { throw StateFileError.system(lockPath, "lock") }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
