/// A credential kept out of modelpin's files (OpenClaw's SecretRef, spec §5.1): where to find
/// it, resolved through the config's `secrets.providers`.
///
/// ```json
/// {"source": "exec", "provider": "vault", "id": "openai/work"}
/// ```
public struct SecretReference: Sendable, Hashable, CustomStringConvertible {
  /// What kind of provider holds the secret.
  public enum Source: String, Sendable, Hashable, CaseIterable {
    /// An environment variable; the id is its name.
    case env
    /// A file; the id is a JSON pointer (`mode: json`) or `value` (`mode: singleValue`).
    case file
    /// A command run without a shell; the id is passed to it.
    case exec
  }

  public var source: Source
  /// The name of the provider in `secrets.providers`; nil when the reference names none, and
  /// `secrets.defaults.<source>` (else `default`) is used.
  public var provider: String?
  public var id: String

  public init(source: Source, provider: String? = nil, id: String) {
    self.source = source
    self.provider = provider
    self.id = id
  }

  /// `exec vault:openai/work`, for messages; a reference holds no secret.
  public var description: String { "\(source.rawValue) \(provider ?? "default"):\(id)" }

  /// Reads a reference object (`{source, provider?, id}`); nil for anything else.
  public init?(json value: JSONValue) {
    guard let object = value.objectValue,
      let source = object["source"]?.stringValue.flatMap(Source.init(rawValue:)),
      let id = object["id"]?.stringValue, !id.isEmpty
    else { return nil }
    let provider = object["provider"]?.stringValue
    self.init(source: source, provider: provider?.isEmpty == false ? provider : nil, id: id)
  }

  /// Reads the string form OpenClaw accepts for config keys, `${env:NAME}`; nil for plain text.
  public init?(template text: String) {
    guard text.hasPrefix("${env:"), text.hasSuffix("}") else { return nil }
    let name = text.dropFirst("${env:".count).dropLast()
    guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
      return nil
    }
    self.init(source: .env, id: String(name))
  }
}

/// Where secret references of one provider name are resolved: `secrets.providers.<name>` (spec §2).
public enum SecretProvider: Sendable, Equatable {
  /// The environment (process, then `.env`); with an allowlist, only those variables.
  case env(allowlist: [String]?)
  /// A file: a JSON document whose ids are JSON pointers, or one value (`singleValue`).
  case file(path: String, mode: FileMode)
  /// A command, run once per load for all its ids.
  case exec(ExecCommand)

  /// How a `file` provider reads its file.
  public enum FileMode: String, Sendable, Equatable {
    case json
    case singleValue
  }

  /// An `exec` provider's command and how it runs.
  public struct ExecCommand: Sendable, Equatable {
    /// An absolute path; no shell is involved.
    public var command: String
    public var arguments: [String]
    /// The only variables of modelpin's environment the command sees.
    public var passEnvironment: [String]
    /// How long it may run, in milliseconds.
    public var timeout: Int64
    /// When false, a command asked for one id may print the bare value instead of JSON.
    public var jsonOnly: Bool

    /// OpenClaw's default timeout: 5 s.
    public static let defaultTimeout: Int64 = 5_000

    public init(
      command: String, arguments: [String] = [], passEnvironment: [String] = [], timeout: Int64 = defaultTimeout,
      jsonOnly: Bool = true
    ) {
      self.command = command
      self.arguments = arguments
      self.passEnvironment = passEnvironment
      self.timeout = timeout
      self.jsonOnly = jsonOnly
    }
  }

  /// The source of references this provider resolves.
  public var source: SecretReference.Source {
    switch self {
    case .env: .env
    case .file: .file
    case .exec: .exec
    }
  }
}
