import StateFolder

extension JSONObject {
  /// Edits the object member `key` in place, keeping its position; a missing member, or one
  /// that is not an object, becomes an empty object first.
  mutating func editObject<Result>(_ key: String, _ body: (inout JSONObject) throws -> Result) rethrows -> Result {
    var member = self[key]?.objectValue ?? JSONObject()
    // Drop this object's reference so that `member` is edited without a copy.
    if self[key] != nil { self[key] = .null }
    defer { self[key] = .object(member) }
    return try body(&member)
  }

  /// Sets the member `key` to an integer, or removes it when `value` is nil.
  mutating func setInteger(_ key: String, _ value: Int64?) {
    self[key] = value.map(JSONValue.integer)
  }

  /// Sets the member `key` to a string, or removes it when `value` is nil.
  mutating func setString(_ key: String, _ value: String?) {
    self[key] = value.map(JSONValue.string)
  }
}
