import AuthProfiles
import ModelCommand
import ModelPin
import SafeText

extension AuthStoreWarning {
  /// Why the profile is skipped, in the catalog's language.
  public func text(_ messages: MessageCatalog) -> SafeText {
    switch problem {
    case .notAnObject: return messages.text(.cliSkippedNotAnObject(profile: profile))
    case .unknownType(let type?):
      return messages.text(.cliSkippedUnknownType(profile: profile, type: type))
    case .unknownType(nil): return messages.text(.cliSkippedNoType(profile: profile))
    case .missingProvider: return messages.text(.cliSkippedNoProvider(profile: profile))
    }
  }

  /// `warning: ~/…/auth-profiles.json: profile … is skipped`, for standard error.
  public func warning(in context: OperatorContext) -> SafeText {
    let messages = context.messages
    let located = messages.text(
      .cliLocated(place: context.display(context.workspace.layout.authProfilesFile), text: text(messages)))
    return messages.text(.cliWarning(text: located))
  }

  /// The problem's name in JSON: `not_an_object`, `unknown_type`, `missing_provider`.
  var problemName: String {
    switch problem {
    case .notAnObject: "not_an_object"
    case .unknownType: "unknown_type"
    case .missingProvider: "missing_provider"
    }
  }
}
