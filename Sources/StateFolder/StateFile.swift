#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing files of the state folder: whole-file reads with a size limit, and
/// atomic, durable, private writes.
public enum StateFile {
  /// Larger files are refused with an error instead of being read into memory.
  public static let defaultMaximumBytes = 64 << 20

  /// The bytes of the file, or nil when it does not exist.
  ///
  /// Anything but a regular file (a FIFO, a folder, a device) is refused with an error naming
  /// it: it is opened without blocking, so a FIFO with no writer cannot hang the command.
  public static func read(_ path: String, maximumBytes: Int = defaultMaximumBytes) throws(StateFileError) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw .system(path, "read")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .system(path, "read") }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path, mode: status.st_mode) }
    guard Int(status.st_size) <= maximumBytes else {
      throw StateFileError(path: path, reason: "is \(status.st_size) bytes, over the limit of \(maximumBytes)")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(path, "read")
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      guard bytes.count <= maximumBytes else {
        throw StateFileError(path: path, reason: "is over the limit of \(maximumBytes) bytes")
      }
    }
    return bytes
  }

  /// Replaces the file atomically: a temporary file in the same folder, fsync, rename, fsync of
  /// the folder. Readers see the old or the new content, never a mix, even after a crash.
  ///
  /// Missing folders are created with mode 0700; the file gets `mode` (0600 by default).
  public static func writeAtomically(_ bytes: some Collection<UInt8>, to path: String, mode: mode_t = 0o600)
    throws(StateFileError)
  {
    let folder = parentFolder(of: path)
    try createFolder(folder)
    let temporary = "\(folder)/.\(baseName(of: path)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw .system(path, "write") }
    var failure: StateFileError?
    let contiguous = Array(bytes)
    contiguous.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          failure = .system(path, "write")
          return
        }
        written += count
      }
    }
    if failure == nil, fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 {
      failure = .system(path, "write")
    }
    close(descriptor)
    if failure == nil, rename(temporary, path) != 0 {
      failure = .system(path, "replace")
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    syncFolder(folder)
  }

  /// Whether a file modelpin opens with a library that follows links and creates files (SQLite,
  /// the REPL history) is there, refusing one that is not the user's own regular file: a
  /// symbolic link would have modelpin write wherever it points, and a FIFO would hang it.
  public static func ownRegularFileExists(_ path: String) throws(StateFileError) -> Bool {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      if errno == ENOENT { return false }
      throw .system(path, "read")
    }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(path, mode: status.st_mode) }
    guard status.st_uid == geteuid() else {
      throw StateFileError(
        path: path, reason: "belongs to user \(status.st_uid), not to you (\(geteuid())); move it away or chown it")
    }
    return true
  }

  /// Creates the folder and its missing parents with mode 0700; an existing folder is left as it is.
  public static func createFolder(_ path: String) throws(StateFileError) {
    var status = stat()
    if stat(path, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFDIR else {
        throw StateFileError(path: path, reason: "is not a folder")
      }
      return
    }
    let parent = parentFolder(of: path)
    if parent != path { try createFolder(parent) }
    guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw .system(path, "create the folder") }
  }

  /// The permission bits of a file or folder, or nil when it does not exist.
  public static func permissions(of path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & 0o777
  }

  static func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func baseName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
