/// A config file modelpin will not run on: nothing runs on a half-read config.
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not JSON5.
  case unparsable(path: String, JSONParseError)
  /// A key holds a value of the wrong shape, e.g. a number where a string belongs.
  case invalidValue(path: String, key: String, expected: String)
  /// Two models share one alias (compared case-insensitively).
  case duplicateAlias(path: String, alias: String, first: String, second: String)
  /// The file could not be read.
  case unreadable(StateFileError)

  public var description: String {
    switch self {
    case .unparsable(let path, let error):
      return "\(path):\(error.line):\(error.column): \(error.message); fix the config (JSON5) and run again"
    case .invalidValue(let path, let key, let expected):
      return "\(path): \(key) must be \(expected); fix the config and run again"
    case .duplicateAlias(let path, let alias, let first, let second):
      return "\(path): alias \"\(alias)\" is given to both \(first) and \(second); keep one"
    case .unreadable(let error):
      return error.description
    }
  }
}
