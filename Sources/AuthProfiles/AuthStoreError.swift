import StateFolder

/// Why `auth-profiles.json` could not be read or changed. Nothing is written when one is thrown.
public enum AuthStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not JSON; it is never overwritten.
  case unparsable(path: String, JSONParseError)
  /// A top-level member has the wrong shape, e.g. `profiles` is an array; the file is never overwritten.
  case invalidValue(path: String, key: String, expected: String)
  /// No stored profile has this id.
  case unknownProfile(String)

  public var description: String {
    switch self {
    case .unparsable(let path, let error): "\(path):\(error.line):\(error.column): \(error.message)"
    case .invalidValue(let path, let key, let expected): "\(path): \(key) must be \(expected)"
    case .unknownProfile(let id): "no auth profile \(id)"
    }
  }
}
