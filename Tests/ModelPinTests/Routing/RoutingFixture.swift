import AuthProfiles
import Foundation
import ModelCatalog
import ModelPinTestSupport
import SessionState

@testable import ModelPin

/// The facts of the `basic` fixture: its config, its auth profiles, the fixtures' clock; no store
/// and no words, so the pin rules are tested as values.
struct RoutingFixture {
  /// 2026-11-24T10:00:00Z, the clock of every fixture.
  static let now: Int64 = 1_795_514_400_000

  let workspace: Workspace
  var store: AuthStore

  init() throws {
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/basic", into: home)
    workspace = try Workspace.load(WorkspaceOptions(stateFolder: folder.path), processEnvironment: ["HOME": home.path])
    store = try AuthProfileFile(path: workspace.layout.authProfilesFile).load()
  }

  /// The facts at the fixture's clock plus `seconds`.
  func facts(after seconds: Int64 = 0) -> RoutingFacts {
    RoutingFacts(loaded: LoadedWorkspace(workspace), store: store, now: Self.now + seconds * 1000)
  }

  /// Records `outcome` for a profile at the fixture's clock.
  mutating func record(_ outcome: Outcome, for profile: String) throws {
    try store.record(outcome, profile: profile, now: Self.now, settings: workspace.config.cooldowns)
  }

  static let opus = ModelRef(provider: "anthropic", model: "claude-opus-4-6")
  static let sonnet = ModelRef(provider: "anthropic", model: "claude-sonnet-4-5")
  static let gpt = ModelRef(provider: "openai", model: "gpt-5.2")

  /// Own pins of a session: a model key and a profile with its source.
  static func pins(_ model: String? = nil, _ profile: String? = nil, _ source: PinSource? = nil) -> SessionPins {
    SessionPins(model: model, profile: profile, profileSource: source)
  }
}
