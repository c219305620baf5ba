import StateFolder

/// Why a secret reference did not resolve (spec §5.1). A profile with one is `missing`, and
/// `status`, `auth list` and `doctor` say why; no case ever holds a secret or a command's output.
public enum SecretFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The store was read without resolving its references.
  case notResolved
  /// `keyRef` / `tokenRef` is not `{source, provider?, id}`.
  case invalidReference
  /// No `secrets.providers.<provider>` of that name (an `env` reference needs none).
  case providerNotConfigured(provider: String)
  /// The provider exists but is of another source than the reference.
  case wrongSource(provider: String, source: SecretReference.Source)
  /// The variable is set neither in the environment nor in `.env`.
  case environmentNotSet(variable: String)
  /// The provider's allowlist does not name the variable.
  case environmentNotAllowed(provider: String, variable: String)
  /// A `file` provider's file could not be read.
  case fileUnreadable(provider: String, reason: String)
  /// A `file` provider in `json` mode whose file is not JSON.
  case fileNotJSON(provider: String)
  /// The provider has no string value for the id (a JSON pointer that points at nothing, an id
  /// an `exec` command left out).
  case noValue(provider: String, id: String)
  /// An `exec` provider's command is not an absolute path.
  case commandNotAbsolute(provider: String)
  /// The command could not be started.
  case commandNotStarted(provider: String, reason: String)
  /// The command ran longer than its timeout and was stopped.
  case commandTimedOut(provider: String, timeout: Int64)
  /// The command exited with a status other than 0, or was killed by a signal.
  case commandFailed(provider: String, status: Int32)
  /// The command printed something other than OpenClaw's reply `{"protocolVersion": 1, "values": {…}}`.
  case commandOutputInvalid(provider: String)
  /// The command reported an error for this id.
  case commandError(provider: String, id: String)

  public var description: String {
    switch self {
    case .notResolved: "secret reference not resolved"
    case .invalidReference: "secret reference is not {source, provider, id}"
    case .providerNotConfigured(let provider): "secret provider \(provider) is not configured in secrets.providers"
    case .wrongSource(let provider, let source): "secret provider \(provider) is not an \(source.rawValue) provider"
    case .environmentNotSet(let variable): "env \(variable) is not set"
    case .environmentNotAllowed(let provider, let variable):
      "env \(variable) is not in the allowlist of secret provider \(provider)"
    case .fileUnreadable(let provider, let reason): "file \(provider): \(reason)"
    case .fileNotJSON(let provider): "file \(provider): not JSON"
    case .noValue(let provider, let id): "\(provider): no value for \(id)"
    case .commandNotAbsolute(let provider): "exec \(provider): the command is not an absolute path"
    case .commandNotStarted(let provider, let reason): "exec \(provider): cannot start: \(reason)"
    case .commandTimedOut(let provider, let timeout):
      "exec \(provider): timed out after \(timeoutText(timeout))"
    case .commandFailed(let provider, let status): "exec \(provider): exited with status \(status)"
    case .commandOutputInvalid(let provider): "exec \(provider): output is not a protocolVersion 1 reply"
    case .commandError(let provider, let id): "exec \(provider): reported an error for \(id)"
    }
  }
}

/// A command's timeout as messages show it: `5s`, or `300ms` when it is not whole seconds.
public func timeoutText(_ milliseconds: Int64) -> String {
  milliseconds % 1_000 == 0 ? compactDuration(milliseconds: milliseconds) : "\(milliseconds)ms"
}

/// What resolving one reference gave: the secret, or why there is none.
public enum SecretResolution: Sendable, Equatable {
  case value(String)
  case failure(SecretFailure)
}
