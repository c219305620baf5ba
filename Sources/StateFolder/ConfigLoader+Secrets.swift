extension ConfigReader {
  /// `secrets.providers` and `secrets.defaults` (spec §2, OpenClaw's contract).
  func readSecrets(_ value: JSONValue?, into config: inout Config) throws(ConfigError) {
    guard let secrets = try object(value, "secrets") else { return }
    for (name, value) in (try object(secrets["providers"], "secrets.providers") ?? JSONObject()).members {
      config.secretProviders[name] = try secretProvider(value, "secrets.providers.\(name)")
    }
    for (source, value) in (try object(secrets["defaults"], "secrets.defaults") ?? JSONObject()).members {
      guard let source = SecretReference.Source(rawValue: source) else { continue }
      config.secretDefaults[source] = try string(value, "secrets.defaults.\(source.rawValue)")
    }
  }

  private func secretProvider(_ value: JSONValue, _ key: String) throws(ConfigError) -> SecretProvider {
    guard value.objectValue != nil else { throw .invalidValue(path: path, key: key, expected: "an object") }
    switch try string(value["source"], "\(key).source") {
    case "env":
      return .env(
        allowlist: try value["allowlist"].map { value throws(ConfigError) in try strings(value, "\(key).allowlist") })
    case "file":
      guard let file = try string(value["path"], "\(key).path") else {
        throw .invalidValue(path: path, key: "\(key).path", expected: "a string")
      }
      let mode = try string(value["mode"], "\(key).mode") ?? SecretProvider.FileMode.json.rawValue
      guard let fileMode = SecretProvider.FileMode(rawValue: mode) else {
        throw .invalidValue(path: path, key: "\(key).mode", expected: "\"json\" or \"singleValue\"")
      }
      return .file(path: file, mode: fileMode)
    case "exec":
      guard let command = try string(value["command"], "\(key).command") else {
        throw .invalidValue(path: path, key: "\(key).command", expected: "a string")
      }
      var exec = SecretProvider.ExecCommand(command: command)
      if let arguments = value["args"], arguments != .null { exec.arguments = try strings(arguments, "\(key).args") }
      if let names = value["passEnv"], names != .null { exec.passEnvironment = try strings(names, "\(key).passEnv") }
      if let timeout = value["timeoutMs"], timeout != .null {
        guard let milliseconds = timeout.int64Value, milliseconds > 0 else {
          throw .invalidValue(path: path, key: "\(key).timeoutMs", expected: "a number of milliseconds")
        }
        exec.timeout = milliseconds
      }
      exec.jsonOnly = value["jsonOnly"]?.boolValue ?? true
      return .exec(exec)
    default:
      throw .invalidValue(path: path, key: "\(key).source", expected: "\"env\", \"file\" or \"exec\"")
    }
  }
}
