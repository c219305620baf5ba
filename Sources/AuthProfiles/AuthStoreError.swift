import StateFolder

/// Why `auth-profiles.json` could not be read or changed. Nothing is written when one is thrown.
public enum AuthStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not JSON; it is never overwritten.
  case unparsable(path: String, JSONParseError)
  /// A top-level member has the wrong shape, e.g. `profiles` is an array; the file is never overwritten.
  case invalidValue(path: String, key: String, expected: String)
  /// The file could not be read, locked or written.
  case file(StateFileError)
  /// No stored profile has this id.
  case unknownProfile(String)
  /// The profile belongs to another provider than the one named.
  case wrongProvider(profile: String, provider: String, expected: String)
  /// An order must name at least one profile.
  case emptyOrder(provider: String)
  /// A token to store is blank.
  case emptyToken(profile: String)

  public var description: String {
    switch self {
    case .unparsable(let path, let error):
      "\(path):\(error.line):\(error.column): \(error.message); fix the file (modelpin never overwrites it)"
    case .invalidValue(let path, let key, let expected):
      "\(path): \(key) must be \(expected); fix the file (modelpin never overwrites it)"
    case .file(let error): error.description
    case .unknownProfile(let id): "no auth profile \(id): see modelpin auth list"
    case .wrongProvider(let id, let provider, let expected):
      "auth profile \(id) belongs to \(provider), not \(expected)"
    case .emptyOrder(let provider): "the order of \(provider) names no profile"
    case .emptyToken(let id): "the token for \(id) is empty"
    }
  }
}
