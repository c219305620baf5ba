import Synchronization

/// What a session's next chat message would use now (spec §4.4, §6 `route`).
public struct Route: Sendable, Hashable {
  /// Where the model came from.
  public enum ModelSource: String, Sendable {
    case pin, `default`
  }

  /// Which credential the message would be sent with.
  public enum Credential: Sendable, Hashable {
    /// The auth profile of `profile`.
    case profile
    /// A provider key from the environment (`env:ANTHROPIC_API_KEY`).
    case environment(variable: String)
    /// `models.providers.<p>.apiKey` of the config.
    case config
  }

  public var provider: String {
    get { storage.fields.provider }
    set { self[field: \.provider] = newValue }
  }
  public var model: String {
    get { storage.fields.model }
    set { self[field: \.model] = newValue }
  }
  /// The display alias of the model, if it has one.
  public var alias: String? {
    get { storage.fields.alias }
    set { self[field: \.alias] = newValue }
  }
  public var modelSource: ModelSource {
    get { storage.fields.modelSource }
    set { self[field: \.modelSource] = newValue }
  }
  public var profile: String? {
    get { storage.fields.profile }
    set { self[field: \.profile] = newValue }
  }
  public var profileSource: PinSourceName? {
    get { storage.fields.profileSource }
    set { self[field: \.profileSource] = newValue }
  }
  /// nil: no credential at all.
  public var credential: Credential? {
    get { storage.fields.credential }
    set { self[field: \.credential] = newValue }
  }
  /// The profile is cooling down or disabled; `usableAt` says until when.
  public var cooling: Bool {
    get { storage.fields.cooling }
    set { self[field: \.cooling] = newValue }
  }
  /// When a cooling profile becomes usable (Unix ms); nil when not cooling.
  public var usableAt: Int64? {
    get { storage.fields.usableAt }
    set { self[field: \.usableAt] = newValue }
  }

  /// The fields, shared by the route's copies: a route is in every reply, and was copied field
  /// by field (five strings) several times on the way from its turn to the writer.
  private var storage: Storage

  public init(
    provider: String, model: String, alias: String? = nil, modelSource: ModelSource,
    profile: String? = nil, profileSource: PinSourceName? = nil, credential: Credential? = nil,
    cooling: Bool = false, usableAt: Int64? = nil
  ) {
    storage = Storage(
      Fields(
        provider: provider, model: model, alias: alias, modelSource: modelSource, profile: profile,
        profileSource: profileSource, credential: credential, cooling: cooling, usableAt: usableAt))
  }

  /// Sets one field: in new storage, as the storage is shared by the route's copies.
  private subscript<Value>(field field: WritableKeyPath<Fields, Value>) -> Value {
    get { storage.fields[keyPath: field] }
    set {
      var fields = storage.fields
      fields[keyPath: field] = newValue
      storage = Storage(fields)
    }
  }

  public static func == (lhs: Route, rhs: Route) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage.fields)
  }

  /// The `route` object's JSON text once written, shared by the route's copies (`write(to:secret:)`).
  var writtenJSON: [UInt8]? {
    get { storage.json.withLock { $0 } }
    nonmutating set { storage.json.withLock { $0 = newValue } }
  }

  /// `provider/model`.
  public var ref: String { "\(provider)/\(model)" }
}

extension Route: CustomReflectable {
  /// The fields, as a struct's: `print`, `dump` and test failures show them, not the storage.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "provider": provider, "model": model, "alias": alias as Any, "modelSource": modelSource,
        "profile": profile as Any, "profileSource": profileSource as Any, "credential": credential as Any,
        "cooling": cooling, "usableAt": usableAt as Any,
      ], displayStyle: .struct)
  }
}

extension Route {
  fileprivate struct Fields: Sendable, Hashable {
    var provider: String
    var model: String
    var alias: String?
    var modelSource: ModelSource
    var profile: String?
    var profileSource: PinSourceName?
    var credential: Credential?
    var cooling: Bool
    var usableAt: Int64?
  }

  fileprivate final class Storage: Sendable {
    let fields: Fields
    /// Written by the thread that prints replies, read by whichever prints the next one.
    let json = Mutex<[UInt8]?>(nil)

    init(_ fields: Fields) {
      self.fields = fields
    }
  }
}

/// Who chose a profile pin: the user (`@profile`) or rotation.
public enum PinSourceName: String, Sendable {
  case user, auto
}

extension Route.Credential {
  /// The `credential` field of §6: `profile`, `env:VAR` or `config`.
  public var label: String {
    switch self {
    case .profile: return "profile"
    case .environment(let variable): return "env:\(variable)"
    case .config: return "config"
    }
  }
}
