import StateFolder

extension Reply {
  /// The reply as the JSON object of §6, fields in the order the spec lists them.
  public var json: JSONValue {
    var object = JSONObject()
    object["line"] = line.map { .integer(Int64($0)) } ?? .null
    object["id"] = id.map(\.json) ?? .null
    object["session"] = .string(session)
    object["kind"] = .string(kind.rawValue)
    object["ok"] = .bool(ok)
    object["text"] = .string(text)
    if let hint { object["hint"] = .string(hint) }
    object["route"] = route.map(\.json) ?? .null
    if let error { object["error"] = error.json }
    if let items { object["items"] = .array(items.map(\.json)) }
    return .object(object)
  }

  /// One line of JSON, as `replay --json` and `serve` print it.
  public var jsonLine: String { json.serialized(pretty: false) }
}

extension Route {
  /// The `route` object of §6.
  public var json: JSONValue {
    var object = JSONObject()
    object["provider"] = .string(provider)
    object["model"] = .string(model)
    object["alias"] = alias.map(JSONValue.string) ?? .null
    object["modelSource"] = .string(modelSource.rawValue)
    object["profile"] = profile.map(JSONValue.string) ?? .null
    object["profileSource"] = profileSource.map { .string($0.rawValue) } ?? .null
    object["credential"] = credential.map { .string($0.label) } ?? .null
    object["cooling"] = .bool(cooling)
    if let usableAt { object["usableAt"] = .integer(usableAt) }
    return .object(object)
  }
}

extension ReplyError {
  var json: JSONValue {
    var object = JSONObject()
    object["code"] = .string(code.rawValue)
    object["message"] = .string(message)
    if !suggestions.isEmpty { object["suggestions"] = .array(suggestions.map(JSONValue.string)) }
    return .object(object)
  }
}

extension ListItem {
  var json: JSONValue {
    .object(
      JSONObject([
        ("n", .integer(Int64(number))),
        ("ref", .string(ref)),
        ("aliases", .array(aliases.map(JSONValue.string))),
        ("current", .bool(isCurrent)),
        ("default", .bool(isDefault)),
        ("hasCredential", .bool(hasCredential)),
      ]))
  }
}

extension RequestID {
  var json: JSONValue {
    switch self {
    case .number(let text): return .number(text)
    case .string(let text): return .string(text)
    }
  }
}
