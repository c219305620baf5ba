/// Reads the config (JSON5) of a state folder.
public enum ConfigLoader {
  /// The largest config accepted; bigger files are an error, not a slow start.
  public static let maximumBytes = 8 << 20

  /// Reads `explicitPath` (`--config`), else the first of `candidates` that exists; no file is
  /// the embedded default, an empty config.
  public static func load(explicitPath: String?, candidates: [String]) throws(ConfigError) -> Config {
    let paths = explicitPath.map { [$0] } ?? candidates
    for path in paths {
      let bytes: [UInt8]?
      do {
        bytes = try StateFile.read(path, maximumBytes: maximumBytes)
      } catch {
        throw .unreadable(error)
      }
      guard let bytes else {
        if explicitPath != nil { throw .unreadable(StateFileError(path: path, reason: "does not exist")) }
        continue
      }
      return try parse(bytes, path: path)
    }
    return Config()
  }

  /// Parses config text read from `path` (used in messages).
  public static func parse(_ bytes: [UInt8], path: String) throws(ConfigError) -> Config {
    let document: JSONValue
    do {
      document = try JSONValue.parse(utf8: bytes, json5: true)
    } catch {
      throw .unparsable(path: path, error)
    }
    var reader = ConfigReader(path: path)
    return try reader.read(document)
  }
}

/// Maps the JSON document onto `Config`, naming the key of any value of the wrong shape.
struct ConfigReader {
  let path: String

  mutating func read(_ document: JSONValue) throws(ConfigError) -> Config {
    guard let root = document.objectValue else {
      throw .invalidValue(path: path, key: "the top level", expected: "an object")
    }
    var config = Config()
    config.path = path
    let defaults = try object(root["agents"]?["defaults"], "agents.defaults")
    if let model = defaults?["model"] {
      (config.defaultModel, config.fallbacks) = try modelSetting(model, "agents.defaults.model")
    }
    if let models = try object(defaults?["models"], "agents.defaults.models") {
      config.allowlist = try allowlist(models)
    }
    for (index, entry) in (try array(root["agents"]?["list"], "agents.list") ?? []).enumerated() {
      config.agents.append(try agent(entry, "agents.list[\(index)]"))
    }
    for (name, value) in (try object(root["models"]?["providers"], "models.providers") ?? JSONObject()).members {
      config.providers.append(try provider(name, value))
    }
    let auth = try object(root["auth"], "auth")
    for (id, value) in (try object(auth?["profiles"], "auth.profiles") ?? JSONObject()).members {
      let key = "auth.profiles.\(id)"
      config.authProfiles.append(
        .init(
          id: id,
          provider: try string(value["provider"], "\(key).provider") ?? String(id.prefix { $0 != ":" }),
          mode: try string(value["mode"], "\(key).mode"),
          email: try string(value["email"], "\(key).email")))
    }
    for (provider, value) in (try object(auth?["order"], "auth.order") ?? JSONObject()).members {
      config.authOrder[provider] = try strings(value, "auth.order.\(provider)")
    }
    if let cooldowns = try object(auth?["cooldowns"], "auth.cooldowns") {
      config.cooldowns = try cooldownSettings(cooldowns)
    }
    if let allowFrom = root["commands"]?["allowFrom"] {
      config.allowFrom = try strings(allowFrom, "commands.allowFrom")
    }
    config.language = try string(root["display"]?["language"], "display.language")
    config.sessionStore = try string(root["modelpin"]?["sessions"], "modelpin.sessions")
    try readSecrets(root["secrets"], into: &config)
    config.database = try string(root["modelpin"]?["database"], "modelpin.database")
    return config
  }

  func modelSetting(_ value: JSONValue, _ key: String) throws(ConfigError) -> (String?, [String]) {
    if let ref = value.stringValue { return (ref, []) }
    guard value.objectValue != nil else {
      throw .invalidValue(path: path, key: key, expected: "a string or {primary, fallbacks}")
    }
    let primary = try string(value["primary"], "\(key).primary")
    let fallbacks = try value["fallbacks"].map { value throws(ConfigError) in try strings(value, "\(key).fallbacks") }
    return (primary, fallbacks ?? [])
  }

  func allowlist(_ models: JSONObject) throws(ConfigError) -> [Config.AllowedModel] {
    var entries: [Config.AllowedModel] = []
    var owners: [String: String] = [:]
    for (ref, value) in models.members {
      let alias = try string(value["alias"], "agents.defaults.models.\(ref).alias")
      if let alias, !alias.isEmpty {
        if let first = owners[alias.lowercased()] {
          throw .duplicateAlias(path: path, alias: alias, first: first, second: ref)
        }
        owners[alias.lowercased()] = ref
      }
      entries.append(.init(ref: ref, alias: alias?.isEmpty == true ? nil : alias))
    }
    return entries
  }

  func agent(_ value: JSONValue, _ key: String) throws(ConfigError) -> Config.Agent {
    guard let id = try string(value["id"], "\(key).id") else {
      throw .invalidValue(path: path, key: "\(key).id", expected: "a string")
    }
    var agent = Config.Agent(id: id, isDefault: value["default"]?.boolValue ?? false)
    if let model = value["model"] {
      let (primary, fallbacks) = try modelSetting(model, "\(key).model")
      agent.model = primary
      agent.fallbacks = model.objectValue?["fallbacks"] == nil ? nil : fallbacks
    }
    return agent
  }

  func provider(_ name: String, _ value: JSONValue) throws(ConfigError) -> Config.Provider {
    let key = "models.providers.\(name)"
    var provider = Config.Provider(
      name: name, baseURL: try string(value["baseUrl"], "\(key).baseUrl"), api: try string(value["api"], "\(key).api"))
    if let apiKey = value["apiKey"], apiKey != .null {
      if let text = apiKey.stringValue {
        provider.apiKeyReference = SecretReference(template: text)
        provider.apiKey = provider.apiKeyReference == nil ? text : nil
      } else if let reference = SecretReference(json: apiKey) {
        provider.apiKeyReference = reference
      } else {
        throw .invalidValue(path: path, key: "\(key).apiKey", expected: "a string or {source, provider, id}")
      }
    }
    for (index, model) in (try array(value["models"], "\(key).models") ?? []).enumerated() {
      guard let id = try string(model["id"], "\(key).models[\(index)].id") else {
        throw .invalidValue(path: path, key: "\(key).models[\(index)].id", expected: "a string")
      }
      provider.models.append(.init(id: id, name: try string(model["name"], "\(key).models[\(index)].name")))
    }
    return provider
  }

  func cooldownSettings(_ object: JSONObject) throws(ConfigError) -> Config.CooldownSettings {
    var settings = Config.CooldownSettings()
    let key = "auth.cooldowns"
    if let hours = try number(object["billingBackoffHours"], "\(key).billingBackoffHours") {
      settings.billingBackoffHours = hours
    }
    if let hours = try number(object["billingMaxHours"], "\(key).billingMaxHours") {
      settings.billingMaxHours = hours
    }
    if let hours = try number(object["failureWindowHours"], "\(key).failureWindowHours") {
      settings.failureWindowHours = hours
    }
    let byProviderKey = "\(key).billingBackoffHoursByProvider"
    for (provider, value) in (try self.object(object["billingBackoffHoursByProvider"], byProviderKey) ?? JSONObject())
      .members
    {
      settings.billingBackoffHoursByProvider[provider] = try number(value, "\(byProviderKey).\(provider)")
    }
    return settings
  }

  // MARK: - Shapes
  //
  // Each takes the key it names in an error as a closure: a config of 10,000 allowlisted models
  // would otherwise build 10,000 key paths that no error needs.

  func object(_ value: JSONValue?, _ key: @autoclosure () -> String) throws(ConfigError) -> JSONObject? {
    guard let value, value != .null else { return nil }
    guard let object = value.objectValue else { throw .invalidValue(path: path, key: key(), expected: "an object") }
    return object
  }

  func array(_ value: JSONValue?, _ key: @autoclosure () -> String) throws(ConfigError) -> [JSONValue]? {
    guard let value, value != .null else { return nil }
    guard let array = value.arrayValue else { throw .invalidValue(path: path, key: key(), expected: "an array") }
    return array
  }

  func string(_ value: JSONValue?, _ key: @autoclosure () -> String) throws(ConfigError) -> String? {
    guard let value, value != .null else { return nil }
    guard let string = value.stringValue else { throw .invalidValue(path: path, key: key(), expected: "a string") }
    return string
  }

  func strings(_ value: JSONValue, _ key: @autoclosure () -> String) throws(ConfigError) -> [String] {
    guard let array = value.arrayValue else {
      throw .invalidValue(path: path, key: key(), expected: "an array of strings")
    }
    var strings: [String] = []
    for element in array {
      guard let string = element.stringValue else {
        throw .invalidValue(path: path, key: key(), expected: "an array of strings")
      }
      strings.append(string)
    }
    return strings
  }

  func number(_ value: JSONValue?, _ key: @autoclosure () -> String) throws(ConfigError) -> Double? {
    guard let value, value != .null else { return nil }
    guard let number = value.doubleValue, number.isFinite, number >= 0 else {
      throw .invalidValue(path: path, key: key(), expected: "a number of hours, zero or more")
    }
    return number
  }
}
