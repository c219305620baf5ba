import AuthProfiles
import ModelCatalog
import ModelPin
import StateFolder

/// What `modelpin status --check` finds (spec §7.6): exit 1 when a token or OAuth profile has
/// expired or a provider the default or a fallback needs has no credential, else 2 when a
/// profile expires within a day, else 0.
public struct StatusCheck: Sendable, Equatable {
  /// One reason for a non-zero exit.
  public enum Problem: Sendable, Equatable {
    /// A token or OAuth profile has expired.
    case expired(profile: String, provider: String)
    /// The provider of `model`, the default or a fallback, has no credential at all.
    case noCredential(provider: String, model: ModelRef)
    /// The provider of `model` has no credential and is not one modelpin knows (not built in,
    /// not configured, no stored profile): most likely a typo, with the known providers close to it.
    case unknownProvider(provider: String, model: ModelRef, suggestions: [String])
    /// A token or OAuth profile expires within a day: in this many milliseconds.
    case expiring(profile: String, provider: String, in: Int64)

    /// Whether it makes the check exit 1 rather than 2.
    public var isFailure: Bool {
      if case .expiring = self { return false }
      return true
    }
  }

  /// Failures first, then warnings; each in the order of the report.
  public var problems: [Problem]

  /// 1 for any failure, else 2 for any warning, else 0.
  public var exitCode: Int32 {
    if problems.contains(where: \.isFailure) { return 1 }
    return problems.isEmpty ? 0 : 2
  }

  init(store: AuthStore, workspace: Workspace, now: Int64) {
    var failures: [Problem] = []
    var warnings: [Problem] = []
    for profile in store.profiles where profile.hasSecret {
      switch profile.health(now: now) {
      case .expired: failures.append(.expired(profile: profile.id, provider: profile.provider))
      case .expiring(let remaining):
        warnings.append(.expiring(profile: profile.id, provider: profile.provider, in: remaining))
      case .ok, .static: break
      }
    }
    problems = failures + Self.missingCredentials(workspace: workspace, store: store, now: now) + warnings
  }

  /// The providers of the default model and the fallbacks that have no credential at all (no
  /// profile in the order, no environment or config key), each once with the first model that
  /// needs it: the one rule of `status --check` and `doctor`.
  static func missingCredentials(workspace: Workspace, store: AuthStore, now: Int64) -> [Problem] {
    let selection = workspace.selection
    let known = workspace.knownProviders(store: store)
    var seen: Set<String> = []
    return ([selection.defaultModel] + selection.fallbacks).compactMap { model in
      guard seen.insert(model.provider).inserted,
        ProviderCredentials(provider: model.provider, store: store, workspace: workspace, now: now).effective == nil
      else { return nil }
      guard known.contains(model.provider) else {
        let suggestions = ProviderName.suggestions(for: model.provider, among: known)
        return .unknownProvider(provider: model.provider, model: model, suggestions: suggestions)
      }
      return .noCredential(provider: model.provider, model: model)
    }
  }
}
