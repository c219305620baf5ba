import AuthProfiles
import ModelPin
import StateFolder

extension StatusReport {
  /// The report as one JSON document; the README documents the fields.
  public var json: JSONValue {
    var object = JSONObject()
    object["agent"] = .string(agent)
    object["stateDir"] = .string(stateFolder)
    object["stateDirSource"] = .string(folderSource.rawValue)
    object["configFile"] = configFile.map(JSONValue.string) ?? .null
    object["authFile"] = .string(authFile)
    object["default"] = defaultModel.json
    object["fallbacks"] = .array(fallbacks.map(\.json))
    object["aliases"] = .array(
      aliases.map { .object(JSONObject([("alias", .string($0.name)), ("ref", .string($0.ref.key))])) })
    object["providers"] = .array(providers.map(\.json))
    object["skipped"] = .array(skipped.map(\.json))
    object["check"] = check.json
    return .object(object)
  }
}

extension StatusReport.Model {
  var json: JSONValue {
    .object(JSONObject([("ref", .string(ref.key)), ("aliases", .array(aliases.map(JSONValue.string)))]))
  }
}

extension StatusReport.Provider {
  var json: JSONValue {
    var object = JSONObject([("provider", .string(auth.provider))])
    object["endpoint"] = endpoint.map(JSONValue.string) ?? .null
    object["api"] = api.map(JSONValue.string) ?? .null
    object["neededBy"] = .array(neededBy.map { .string($0.key) })
    for (key, value) in auth.json.members where key != "provider" { object[key] = value }
    return .object(object)
  }
}

extension StatusCheck {
  var json: JSONValue {
    .object(JSONObject([("exitCode", .integer(Int64(exitCode))), ("problems", .array(problems.map(\.json)))]))
  }
}

extension StatusCheck.Problem {
  /// `{kind, provider, profile, model, expiresIn, suggestions}`: every field present, null when this kind has
  /// none, so a script reads each problem the same way.
  var json: JSONValue {
    var profile: String?
    var model: String?
    var expiresIn: Int64?
    var suggestions: [String]?
    let kind: String
    let provider: String
    switch self {
    case .expired(let expired, let of):
      (kind, provider, profile) = ("expired", of, expired)
    case .unknownProvider(let of, let needed, let close):
      (kind, provider, model, suggestions) = ("unknown_provider", of, needed.key, close)
    case .noCredential(let of, let needed):
      (kind, provider, model) = ("no_credential", of, needed.key)
    case .expiring(let expiring, let of, let remaining):
      (kind, provider, profile, expiresIn) = ("expiring", of, expiring, remaining)
    }
    return .object(
      JSONObject([
        ("kind", .string(kind)), ("provider", .string(provider)), ("profile", profile.map(JSONValue.string) ?? .null),
        ("model", model.map(JSONValue.string) ?? .null), ("expiresIn", expiresIn.map(JSONValue.integer) ?? .null),
        ("suggestions", suggestions.map { .array($0.map(JSONValue.string)) } ?? .null),
      ]))
  }
}

extension AuthStoreWarning {
  var json: JSONValue {
    .object(JSONObject([("profile", .string(profile)), ("problem", .string(problemName))]))
  }
}
