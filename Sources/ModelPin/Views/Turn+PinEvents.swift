import ModelCatalog
import ModelCommand

extension Turn {
  /// What a pin rule did, as one sentence in the reply's language.
  func sentence(for event: PinEvent) -> String {
    switch event {
    case .modelPinDropped(let model):
      return messages.text(.noticeModelPinDropped, ["model": escapedForDisplay(model)])
    case .profilePinGone(let profile, let provider):
      return messages.text(
        .noticeProfilePinGone, ["profile": escapedForDisplay(profile), "provider": escapedForDisplay(provider)])
    case .profilePinOfOtherProvider(let profile, let provider):
      return messages.text(
        .noticeProfilePinOtherProvider,
        ["profile": escapedForDisplay(profile), "provider": escapedForDisplay(provider)])
    case .modelSet(let ref):
      return messages.text(.selectModelSet, ["model": modelLabel(ref)])
    case .modelReset(let ref):
      return messages.text(.resetDone, ["model": escapedForDisplay(ref.key)])
    case .profileSet(let profile):
      return messages.text(.selectProfileSet, ["profile": escapedForDisplay(profile)])
    case .profileChosenAutomatically:
      return messages.text(.selectProfileAuto)
    case .profileKept(let profile):
      return messages.text(.selectProfileKept, ["profile": escapedForDisplay(profile)])
    case .profileDroppedForProvider(let profile, let provider, let newProvider):
      return messages.text(
        .selectProfileDropped,
        [
          "profile": escapedForDisplay(profile), "provider": escapedForDisplay(provider ?? "?"),
          "newProvider": escapedForDisplay(newProvider),
        ])
    case .profilePinReset(let profile):
      return messages.text(.profilePinDropped, ["profile": escapedForDisplay(profile)])
    }
  }

  /// `Sonnet (anthropic/claude-sonnet-4-5)`, or the ref alone when it has no alias.
  func modelLabel(_ ref: ModelRef) -> String {
    guard let alias = selection.aliases(of: ref).first else { return escapedForDisplay(ref.key) }
    return messages.text(.modelWithAlias, ["alias": escapedForDisplay(alias), "model": escapedForDisplay(ref.key)])
  }
}
