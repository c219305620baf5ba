import StateFolder

/// Why the built-in catalog could not be loaded; a broken build, never the user's doing.
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `catalog.json` is not in the module's resources.
  case missingResource
  /// The file could not be read.
  case unreadable(StateFileError)
  /// The file is not JSON.
  case unparsable(JSONParseError)
  /// A key holds a value of the wrong shape, or names a model the catalog lacks.
  case invalidValue(key: String, expected: String)

  public var description: String {
    switch self {
    case .missingResource:
      "built-in catalog: catalog.json is missing from the resources"
    case .unreadable(let error):
      "built-in catalog: \(error.description)"
    case .unparsable(let error):
      "built-in catalog: \(error.description)"
    case .invalidValue(let key, let expected):
      "built-in catalog: \(key) must be \(expected)"
    }
  }
}
