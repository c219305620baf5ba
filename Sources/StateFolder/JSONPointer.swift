extension JSONValue {
  /// The value an RFC 6901 JSON pointer names (`/providers/openai/apiKey`, `~1` for `/`, `~0`
  /// for `~`); the empty pointer is the whole document. Nil when nothing is there.
  public func value(atPointer pointer: String) -> JSONValue? {
    guard !pointer.isEmpty else { return self }
    guard pointer.hasPrefix("/") else { return nil }
    var current = self
    for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let key = String(token).replacing("~1", with: "/").replacing("~0", with: "~")
      switch current {
      case .object(let object):
        guard let next = object[key] else { return nil }
        current = next
      case .array(let elements):
        guard let index = Int(key), index >= 0, index < elements.count, key == String(index) else { return nil }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }
}
