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

  public var description: String { "\(path): \(reason)" }
}
