import SafeText

/// The error of a reply whose `ok` is false (spec §6).
public struct ReplyError: Sendable, Equatable {
  /// The codes of §6; they never change with the language.
  public enum Code: String, Sendable, CaseIterable {
    case invalidInput = "invalid_input"
    case trailingText = "trailing_text"
    case profileRequiresModel = "profile_requires_model"
    case unknownModel = "unknown_model"
    case ambiguousModel = "ambiguous_model"
    case invalidSelection = "invalid_selection"
    case unknownProfile = "unknown_profile"
    case profileProviderMismatch = "profile_provider_mismatch"
    case profileNotInOrder = "profile_not_in_order"
    case profileUnusable = "profile_unusable"
    case notAuthorized = "not_authorized"
    case unknownProvider = "unknown_provider"
    /// Not in §6: the session store or auth-profiles.json could not be read or written; the
    /// message names the file and the reason.
    case stateUnavailable = "state_unavailable"
  }

  public var code: Code
  /// The message in the reply's language, safe to print.
  public internal(set) var message: String
  /// Did-you-mean suggestions (refs, aliases or profile ids), escaped as the message is.
  public internal(set) var suggestions: [String]

  public init(code: Code, message: SafeText, suggestions: [some SafeTextConvertible] = [SafeText]()) {
    self.code = code
    self.message = message.string
    self.suggestions = suggestions.map(\.safeText.string)
  }
}
