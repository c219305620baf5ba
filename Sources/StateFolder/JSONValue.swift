/// A JSON document that keeps what it was given: object keys in file order and numbers as written.
///
/// modelpin rewrites files that other programs own (OpenClaw's `auth-profiles.json` and
/// `sessions.json`), so a value read and written back must come out with every field it did not
/// touch, in the same order.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// A number kept as its source text, so `1.50` and `1e3` survive a round trip.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)
}

extension JSONValue {
  /// A number from an integer.
  public static func integer(_ value: Int64) -> JSONValue { .number(String(value)) }

  /// The string, when this is a string.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The number as an integer, when this is a number that fits one (fractions are truncated).
  public var int64Value: Int64? {
    guard case .number(let text) = self else { return nil }
    if let exact = Int64(text) { return exact }
    guard let double = Double(text), double.isFinite, abs(double) < 9.2e18 else { return nil }
    return Int64(double)
  }

  /// The number as a double, when this is a number.
  public var doubleValue: Double? {
    guard case .number(let text) = self else { return nil }
    return Double(text)
  }

  /// The Boolean, when this is one.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The elements, when this is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object, when this is one.
  public var objectValue: JSONObject? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// The member `key` of an object; nil for a missing key or a value that is not an object.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}

/// A JSON object whose keys keep their order.
public struct JSONObject: Sendable, Equatable {
  /// The keys in order.
  public private(set) var keys: [String] = []
  private var values: [String: JSONValue] = [:]

  /// An empty object.
  public init() {}

  /// An object of these members, in order; a repeated key keeps its first position and last value.
  public init(_ members: [(String, JSONValue)]) {
    for (key, value) in members { self[key] = value }
  }

  /// The number of members.
  public var count: Int { keys.count }

  /// Whether the object has no members.
  public var isEmpty: Bool { keys.isEmpty }

  /// The member `key`; setting nil removes it, setting a new key appends it.
  public subscript(key: String) -> JSONValue? {
    get { values[key] }
    set {
      if let newValue {
        if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if values.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  /// The members in order.
  public var members: [(key: String, value: JSONValue)] {
    keys.map { ($0, values[$0]!) }
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.keys == rhs.keys && lhs.values == rhs.values
  }
}
