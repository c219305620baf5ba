#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file of the state folder that could not be read, written or locked.
public struct StateFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file or folder concerned.
  public var path: String
  /// What went wrong, short and lowercase (`permission denied`, `line 3, column 7: expected ':'`).
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// An error from the current `errno`.
  static func system(_ path: String, _ action: String) -> StateFileError {
    let message = String(cString: strerror(errno)).lowercased()
    return StateFileError(path: path, reason: "cannot \(action): \(message)")
  }

  /// An error for a path that is not a regular file: what it is, and to move it away.
  static func notRegularFile(_ path: String, mode: mode_t) -> StateFileError {
    let kind =
      switch mode & S_IFMT {
      case S_IFDIR: "a folder"
      case S_IFIFO: "a named pipe (FIFO)"
      case S_IFLNK: "a symbolic link, which modelpin does not follow here"
      case S_IFSOCK: "a socket"
      default: "a device"
      }
    return StateFileError(path: path, reason: "is \(kind), not a file; move it away")
  }

  public var description: String { "\(path): \(reason)" }
}
