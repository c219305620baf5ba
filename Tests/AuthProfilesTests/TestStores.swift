import AuthProfiles
import ModelPinTestSupport
import StateFolder

/// The moment the fixtures describe: 2026-01-01T00:00:00Z, in Unix milliseconds.
let now: Int64 = 1_767_225_600_000
let second: Int64 = 1_000
let minute: Int64 = 60_000
let hour: Int64 = 3_600_000
let day: Int64 = 24 * hour

/// Stores and configs the tests read.
enum TestStores {
  /// The store of a JSON text.
  static func parse(_ json: String) throws -> AuthStore {
    try AuthStore(parsing: Array(json.utf8), path: "auth-profiles.json")
  }

  /// A store of these `profiles`, `order` and `usageStats` members (JSON object texts).
  static func make(profiles: String, order: String = "{}", usageStats: String = "{}") throws -> AuthStore {
    try parse(#"{"version": 1, "profiles": \#(profiles), "order": \#(order), "usageStats": \#(usageStats)}"#)
  }

  /// `fixtures/auth/auth-profiles.json`: several providers, every kind of profile and state.
  static func fixture() throws -> AuthStore {
    try parse(Fixtures.text("auth/auth-profiles.json"))
  }

  /// `fixtures/auth/openclaw.json`: config modes, an order for google, and cooldown settings.
  static func fixtureConfig() throws -> Config {
    try ConfigLoader.parse(Array(Fixtures.text("auth/openclaw.json").utf8), path: "openclaw.json")
  }

  /// A config with these `auth.profiles` and `auth.order` entries.
  static func config(profiles: [Config.AuthProfileMetadata] = [], order: [String: [String]] = [:]) -> Config {
    var config = Config()
    config.authProfiles = profiles
    config.authOrder = order
    return config
  }
}
