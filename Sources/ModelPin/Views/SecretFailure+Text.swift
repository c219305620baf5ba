import AuthProfiles
import SafeText

extension MessageCatalog {
  /// Why a secret reference did not resolve, e.g. `env OPENAI_API_KEY is not set` (spec §5.1).
  public func text(_ failure: SecretFailure) -> SafeText {
    let message: Message =
      switch failure {
      case .notResolved: .secretNotResolved
      case .invalidReference: .secretInvalidReference
      case .providerNotConfigured(let provider): .secretProviderNotConfigured(provider: provider)
      case .wrongSource(let provider, let source): .secretWrongSource(provider: provider, source: source.rawValue)
      case .environmentNotSet(let variable): .secretEnvironmentNotSet(variable: variable)
      case .environmentNotAllowed(let provider, let variable):
        .secretEnvironmentNotAllowed(variable: variable, provider: provider)
      case .fileUnreadable(let provider, let reason): .secretFileUnreadable(provider: provider, reason: reason)
      case .fileNotJSON(let provider): .secretFileNotJSON(provider: provider)
      case .noValue(let provider, let id): .secretNoValue(provider: provider, id: id)
      case .commandNotAbsolute(let provider): .secretCommandNotAbsolute(provider: provider)
      case .commandNotStarted(let provider, let reason): .secretCommandNotStarted(provider: provider, reason: reason)
      case .commandTimedOut(let provider, let timeout):
        .secretCommandTimedOut(provider: provider, wait: timeoutText(timeout))
      case .commandFailed(let provider, let status): .secretCommandFailed(provider: provider, status: String(status))
      case .commandOutputInvalid(let provider): .secretCommandOutputInvalid(provider: provider)
      case .commandError(let provider, let id): .secretCommandError(provider: provider, id: id)
      }
    return text(message)
  }
}
