import SafeText

/// One problem `modelpin doctor` found: the file it concerns, what is wrong and how to fix it,
/// worded in the user's language.
public struct DoctorFinding: Sendable, Equatable {
  /// What kind of problem it is; stable names for tests and scripts.
  public enum Kind: String, Sendable {
    /// The state folder or a file of secrets is open to group or others.
    case permissions
    /// A file cannot be read, does not parse, or holds a value of the wrong shape.
    case brokenFile = "broken_file"
    /// A profile of auth-profiles.json that modelpin skips.
    case skippedProfile = "skipped_profile"
    /// An order names profiles that do not exist or belong to another provider.
    case orderNamesMissingProfiles = "order_names_missing_profiles"
    /// Two models of the allowlist share an alias.
    case duplicateAlias = "duplicate_alias"
    /// A token or OAuth profile has expired.
    case expiredCredential = "expired_credential"
    /// An environment key beside a provider's profiles, used only when none is in the order: a note.
    case shadowedEnvironmentKey = "shadowed_environment_key"
    /// A profile whose key or token is empty or blank: no order uses it.
    case emptySecret = "empty_secret"
    /// A provider the default model or a fallback needs has no credential at all (as `status --check`).
    case noCredential = "no_credential"
    /// A model ref of the config names a provider modelpin does not know.
    case unknownProvider = "unknown_provider"
    /// A model ref of the config names a model its provider does not have, while a close one exists.
    case unknownModel = "unknown_model"
    /// A secret reference of a profile or of the config that does not resolve (spec §5.1).
    case unresolvedSecret = "unresolved_secret"
    /// An order none of whose profiles exists any more; the provider uses its stored profiles (spec §5.3).
    case driftedOrder = "drifted_order"
    /// A default model without a provider that no selectable model, or several, have (spec §4.2).
    case bareDefault = "bare_default"
    /// The database cannot be reached, its schema is newer than modelpin, or the role lacks rights.
    case database
  }

  /// Whether a finding fails `doctor`.
  public enum Severity: String, Sendable {
    /// Something to fix: `doctor` exits 1.
    case problem
    /// Worth knowing, but nothing is wrong (an environment key kept as a backup).
    case note
  }

  public var kind: Kind
  public var severity: Severity
  /// The file or folder concerned; nil for the process environment.
  public var file: String?
  /// What is wrong, or, for a note, what is worth knowing.
  public var problem: SafeText
  /// How to fix it, or, for a note, what to do if it is not meant.
  public var fix: SafeText

  public init(kind: Kind, severity: Severity = .problem, file: String?, problem: SafeText, fix: SafeText) {
    self.kind = kind
    self.severity = severity
    self.file = file
    self.problem = problem
    self.fix = fix
  }
}
