import AuthProfiles
import ModelCatalog
import ModelPin
import StateFolder

/// A provider's credentials as `modelpin status` and `modelpin auth list` report them: its order
/// and where it comes from, its profiles, and the keys it would fall back to.
public struct ProviderAuth: Sendable {
  /// Where a provider's order comes from (spec §5.3).
  public enum OrderSource: String, Sendable {
    /// `order` of auth-profiles.json.
    case store
    /// `auth.order` of the config.
    case config
    /// No explicit order: usable profiles by type, then least recently used.
    case automatic
  }

  /// The provider, normalized.
  public let provider: String
  public let orderSource: OrderSource
  /// The profile ids of the order, first to last.
  public let order: [String]
  public let lastGood: String?
  /// Its stored profiles: those of the order first, in order, then the rest in file order.
  public let profiles: [ProfileEntry]
  /// The credential a message without a profile pin would use.
  public let effective: Route.Credential?
  /// The variable of the environment key, if one is set.
  public var environmentVariable: String? { credentials.environment?.variable }
  let credentials: ProviderCredentials

  init(provider: String, store: AuthStore, workspace: Workspace, now: Int64) {
    let credentials = ProviderCredentials(provider: provider, store: store, workspace: workspace, now: now)
    self.provider = credentials.provider
    self.credentials = credentials
    order = credentials.order.ids
    orderSource =
      credentials.order.isStoreOrder ? .store : credentials.order.isExplicit ? .config : .automatic
    lastGood = store.lastGood(for: provider)
    effective = credentials.effective
    // A dictionary, not a search of the order per profile: a provider may have a hundred thousand.
    var places: [ExactString: Int] = [:]
    for (index, id) in order.enumerated() where places[ExactString(id)] == nil { places[ExactString(id)] = index + 1 }
    profiles = credentials.labels.compactMap { label in
      guard let profile = store.profile(label.id) else { return nil }
      return ProfileEntry(
        label: label, provider: profile.provider, kind: profile.kind, health: ProfileHealth(profile, now: now),
        expires: profile.expires, position: places[ExactString(label.id)], usage: store.usage(of: label.id))
    }
  }

  /// Whether anything can authenticate a message: a profile of the order, an environment key or a config key.
  public var hasCredential: Bool { effective != nil }

  /// The providers of the store's profiles, in list order (`ProviderOrder`).
  static func providers(of store: AuthStore) -> [String] {
    var seen: Set<String> = []
    return store.profiles.map(\.provider).filter { seen.insert($0).inserted }.sorted(by: ProviderOrder.precedes)
  }
}

extension ProviderAuth {
  /// The order, the profiles and the keys as JSON; secrets masked. See the README for the fields.
  var json: JSONObject {
    var object = JSONObject()
    object["provider"] = .string(provider)
    object["orderSource"] = .string(orderSource.rawValue)
    object["order"] = .array(order.map(JSONValue.string))
    object["lastGood"] = lastGood.map(JSONValue.string) ?? .null
    object["credential"] = effective.map { .string($0.label) } ?? .null
    object["next"] = order.first.map(JSONValue.string) ?? .null
    object["profiles"] = .array(profiles.map(\.json))
    object["environment"] =
      credentials.environment.map { environment in
        .object(
          JSONObject([
            ("variable", .string(environment.variable)), ("credential", .string(maskSecret(environment.value))),
          ]))
      } ?? .null
    object["configKey"] = credentials.configKey.map { .string(maskSecret($0)) } ?? .null
    return object
  }
}
