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

/// A JSON object whose keys keep their order, compared by their bytes (`ExactString`): two keys
/// that differ only in Unicode normalization are two members, kept and written back apart.
///
/// The members are kept in an array, in order. Small objects, the usual case (a request, a reply,
/// a profile), find a key by scanning it, which is faster than hashing; objects of more than
/// `indexedCount` members also keep an index by key.
public struct JSONObject: Sendable, Equatable {
  /// The members in order.
  public private(set) var members: [(key: String, value: JSONValue)] = []
  /// Positions in `members` by key, once the object has more than `indexedCount` members.
  private var index: [ExactString: Int]?

  private static let indexedCount = 8

  /// An empty object.
  public init() {}

  /// An object of these members, in order; a repeated key keeps its first position and last value.
  public init(_ members: [(String, JSONValue)]) {
    self.members.reserveCapacity(members.count)
    for (key, value) in members { self[key] = value }
  }

  /// Makes room for `count` members.
  mutating func reserveCapacity(_ count: Int) {
    members.reserveCapacity(count)
  }

  /// The keys in order.
  public var keys: [String] { members.map(\.key) }

  /// The number of members.
  public var count: Int { members.count }

  /// Whether the object has no members.
  public var isEmpty: Bool { members.isEmpty }

  /// The member `key`; setting nil removes it, setting a new key appends it.
  public subscript(key: String) -> JSONValue? {
    get { position(of: key).map { members[$0].value } }
    set {
      if let position = position(of: key) {
        if let newValue {
          members[position].value = newValue
        } else {
          members.remove(at: position)
          index = nil
          indexIfLarge()
        }
      } else if let newValue {
        members.append((key, newValue))
        index?[ExactString(key)] = members.count - 1
        indexIfLarge()
      }
    }
  }

  /// `self[key] = value`, hashing the key once where the subscript hashes it twice: what a reader
  /// of large objects (a config of 10,000 allowlisted models) calls for every member.
  mutating func set(_ key: String, _ value: JSONValue) {
    guard index != nil else {
      self[key] = value
      return
    }
    if let old = index?.updateValue(members.count, forKey: ExactString(key)) {
      index?[ExactString(key)] = old
      members[old].value = value
    } else {
      members.append((key, value))
    }
  }

  private func position(of key: String) -> Int? {
    if let index { return index[ExactString(key)] }
    return members.firstIndex { $0.key.hasSameBytes(as: key) }
  }

  /// Builds the index when the object has grown past `indexedCount` members without one.
  private mutating func indexIfLarge() {
    guard index == nil, members.count > Self.indexedCount else { return }
    var index: [ExactString: Int] = [:]
    index.reserveCapacity(members.count)
    for (position, member) in members.enumerated() { index[ExactString(member.key)] = position }
    self.index = index
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.members.elementsEqual(rhs.members) { $0.key.hasSameBytes(as: $1.key) && $0.value == $1.value }
  }
}
