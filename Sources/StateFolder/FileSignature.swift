#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What tells one version of a file from another without reading it: every atomic write makes a
/// new file, so a changed inode, size or time means the content may have changed.
public struct FileSignature: Sendable, Equatable {
  private var device: UInt64
  private var inode: UInt64
  private var size: Int64
  private var modified: (seconds: Int, nanoseconds: Int)
  private var changed: (seconds: Int, nanoseconds: Int)

  /// The signature of the file at `path` now, or nil when it does not exist.
  public init?(of path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    modified = (status.st_mtim.tv_sec, status.st_mtim.tv_nsec)
    changed = (status.st_ctim.tv_sec, status.st_ctim.tv_nsec)
  }

  public static func == (lhs: FileSignature, rhs: FileSignature) -> Bool {
    lhs.device == rhs.device && lhs.inode == rhs.inode && lhs.size == rhs.size
      && lhs.modified == rhs.modified && lhs.changed == rhs.changed
  }
}
