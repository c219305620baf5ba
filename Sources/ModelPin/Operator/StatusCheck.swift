import AuthProfiles
import ModelCatalog

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

  init(store: AuthStore, providers: [StatusReport.Provider], now: Int64) {
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
    for provider in providers where !provider.auth.hasCredential {
      if let model = provider.neededBy.first {
        failures.append(.noCredential(provider: provider.auth.provider, model: model))
      }
    }
    problems = failures + warnings
  }
}
