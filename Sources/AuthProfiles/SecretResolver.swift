import StateFolder

/// Resolves secret references through the config's `secrets.providers` (spec §5.1): `env`
/// reads the environment (the process, then `.env`), `file` reads a file once, and `exec` runs
/// its command once for all the ids asked of it.
///
/// ```swift
/// let values = SecretResolver(config: config, environment: environment).resolve(store.secretReferences)
/// ```
public struct SecretResolver: Sendable {
  public let config: Config
  public let environment: Environment

  public init(config: Config, environment: Environment) {
    self.config = config
    self.environment = environment
  }

  /// The references of the config itself (`models.providers.<p>.apiKey`).
  public var configReferences: [SecretReference] { config.secretReferences }

  /// Resolves every reference; each provider is read or run once.
  public func resolve(_ references: some Sequence<SecretReference>) -> [SecretReference: SecretResolution] {
    var byProvider: [String: [SecretReference]] = [:]
    var names: [String] = []
    for reference in Set(references) {
      let name = config.secretProviderName(for: reference)
      if byProvider[name] == nil { names.append(name) }
      byProvider[name, default: []].append(reference)
    }
    var resolved: [SecretReference: SecretResolution] = [:]
    for name in names {
      let references = byProvider[name] ?? []
      for (reference, resolution) in resolve(references, provider: name) { resolved[reference] = resolution }
    }
    return resolved
  }

  /// `store` with its references, and the config's, resolved: what a store that reads
  /// auth-profiles.json, from a file or a database, hands out. The values `previous` resolved are
  /// kept as they are (a change a process writes itself does not run `exec` providers again);
  /// costs nothing when there are no references.
  public func resolving(_ store: AuthStore, keepingThoseOf previous: AuthStore?) -> AuthStore {
    let wanted = store.secretReferences + configReferences
    guard !wanted.isEmpty else { return store }
    let known = previous?.resolutions ?? [:]
    var values: [SecretReference: SecretResolution] = [:]
    var unknown: [SecretReference] = []
    for reference in wanted {
      if let value = known[reference] { values[reference] = value } else { unknown.append(reference) }
    }
    values.merge(resolve(unknown)) { $1 }
    var store = store
    store.applySecrets(values)
    return store
  }

  private func resolve(_ references: [SecretReference], provider name: String) -> [(SecretReference, SecretResolution)]
  {
    // An env reference needs no configured provider: OpenClaw reads the environment by default.
    let provider = config.secretProviders[name] ?? (references.first?.source == .env ? .env(allowlist: nil) : nil)
    guard let provider else {
      return references.map { ($0, .failure(.providerNotConfigured(provider: name))) }
    }
    var results: [(SecretReference, SecretResolution)] = []
    var matching: [SecretReference] = []
    for reference in references {
      if reference.source == provider.source {
        matching.append(reference)
      } else {
        results.append((reference, .failure(.wrongSource(provider: name, source: reference.source))))
      }
    }
    guard !matching.isEmpty else { return results }
    let ids = Set(matching.map(\.id)).sorted()
    let values: [String: SecretResolution]
    switch provider {
    case .env(let allowlist):
      values = Dictionary(uniqueKeysWithValues: ids.map { ($0, environmentValue($0, allowlist: allowlist, name)) })
    case .file(let path, let mode):
      values = fileValues(ids, path: path, mode: mode, provider: name)
    case .exec(let command):
      values = execValues(ids, command: command, provider: name)
    }
    return results + matching.map { ($0, values[$0.id] ?? .failure(.noValue(provider: name, id: $0.id))) }
  }

  // MARK: - env

  private func environmentValue(_ variable: String, allowlist: [String]?, _ provider: String) -> SecretResolution {
    if let allowlist, !allowlist.contains(variable) {
      return .failure(.environmentNotAllowed(provider: provider, variable: variable))
    }
    return environment[variable].map(SecretResolution.value) ?? .failure(.environmentNotSet(variable: variable))
  }

  // MARK: - file

  /// The largest secrets file read.
  static let maximumFileBytes = 1 << 20

  private func fileValues(_ ids: [String], path: String, mode: SecretProvider.FileMode, provider: String)
    -> [String: SecretResolution]
  {
    func all(_ resolution: SecretResolution) -> [String: SecretResolution] {
      Dictionary(uniqueKeysWithValues: ids.map { ($0, resolution) })
    }
    let bytes: [UInt8]
    do {
      guard let read = try StateFile.read(expandedPath(path), maximumBytes: Self.maximumFileBytes) else {
        return all(.failure(.fileUnreadable(provider: provider, reason: "\(path) does not exist")))
      }
      bytes = read
    } catch {
      return all(.failure(.fileUnreadable(provider: provider, reason: "\(path): \(error.reason)")))
    }
    switch mode {
    case .singleValue:
      let text = String(String(decoding: bytes, as: UTF8.self).trimmingSpaces())
      return Dictionary(
        uniqueKeysWithValues: ids.map { id in
          (id, id == "value" && !text.isEmpty ? .value(text) : .failure(.noValue(provider: provider, id: id)))
        })
    case .json:
      guard let document = try? JSONValue.parse(utf8: bytes) else {
        return all(.failure(.fileNotJSON(provider: provider)))
      }
      return Dictionary(
        uniqueKeysWithValues: ids.map { id in
          guard let value = document.value(atPointer: id)?.stringValue, !value.isEmpty else {
            return (id, .failure(.noValue(provider: provider, id: id)))
          }
          return (id, .value(value))
        })
    }
  }

  /// `~/…` in the home folder; a relative path in the state folder's config folder.
  private func expandedPath(_ path: String) -> String {
    if path == "~" || path.hasPrefix("~/"), let home = environment.process["HOME"] {
      return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
    }
    guard !path.hasPrefix("/"), let configPath = config.path, let slash = configPath.lastIndex(of: "/") else {
      return path
    }
    return configPath[..<slash] + "/" + path
  }

  // MARK: - exec

  private func execValues(_ ids: [String], command: SecretProvider.ExecCommand, provider: String)
    -> [String: SecretResolution]
  {
    func all(_ failure: SecretFailure) -> [String: SecretResolution] {
      Dictionary(uniqueKeysWithValues: ids.map { ($0, .failure(failure)) })
    }
    guard command.command.hasPrefix("/") else { return all(.commandNotAbsolute(provider: provider)) }
    var passed: [String: String] = [:]
    for name in command.passEnvironment {
      if let value = environment[name] { passed[name] = value }
    }
    let request = JSONValue.object(
      JSONObject([
        ("protocolVersion", .integer(1)), ("provider", .string(provider)), ("ids", .array(ids.map(JSONValue.string))),
      ]))
    let result = SecretCommand.run(
      command.command, arguments: command.arguments, environment: passed,
      input: Array(request.serialized(pretty: false).utf8), timeout: command.timeout)
    switch result {
    case .notStarted(let reason): return all(.commandNotStarted(provider: provider, reason: reason))
    case .timedOut: return all(.commandTimedOut(provider: provider, timeout: command.timeout))
    case .failed(let status): return all(.commandFailed(provider: provider, status: status))
    case .tooMuchOutput: return all(.commandOutputInvalid(provider: provider))
    case .output(let bytes):
      guard let reply = try? JSONValue.parse(utf8: bytes) else {
        let text = String(String(decoding: bytes, as: UTF8.self).trimmingSpaces())
        if !command.jsonOnly, ids.count == 1, !text.isEmpty, !text.contains("\n") { return [ids[0]: .value(text)] }
        return all(.commandOutputInvalid(provider: provider))
      }
      guard reply["protocolVersion"]?.int64Value == 1, let values = reply["values"]?.objectValue ?? emptyIfErrors(reply)
      else {
        return all(.commandOutputInvalid(provider: provider))
      }
      let errors = reply["errors"]?.objectValue
      return Dictionary(
        uniqueKeysWithValues: ids.map { id in
          if let value = values[id]?.stringValue, !value.isEmpty { return (id, .value(value)) }
          if errors?[id] != nil { return (id, .failure(.commandError(provider: provider, id: id))) }
          return (id, .failure(.noValue(provider: provider, id: id)))
        })
    }
  }

  /// A reply with only `errors` (every id failed) has no `values`.
  private func emptyIfErrors(_ reply: JSONValue) -> JSONObject? {
    reply["errors"]?.objectValue == nil ? nil : JSONObject()
  }
}
