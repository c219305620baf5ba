import ModelCatalog
import ModelCommand
import SafeText

extension Turn {
  /// What a pin rule did, as one sentence in the reply's language.
  func sentence(for event: PinEvent) -> SafeText {
    switch event {
    case .modelPinDropped(let model):
      return messages.text(.noticeModelPinDropped(model: model))
    case .profilePinGone(let profile, _):
      return messages.text(.noticeProfilePinGone(profile: profile))
    case .profilePinOfOtherProvider(let profile, let provider):
      return messages.text(.noticeProfilePinOtherProvider(profile: profile, provider: provider))
    case .modelSet(let ref):
      return messages.text(.selectModelSet(model: modelLabel(ref)))
    case .modelReset(let ref):
      return messages.text(.selectModelReset(model: ref.key))
    case .profileSet(let profile):
      return messages.text(.selectProfileSet(profile: profile))
    case .profileChosenAutomatically:
      return messages.text(.selectProfileAuto)
    case .profileKept(let profile):
      return messages.text(.selectProfileKept(profile: profile))
    case .profileDroppedForProvider(let profile, let provider, let newProvider):
      return messages.text(.selectProfileDropped(profile: profile, provider: provider ?? "?", newProvider: newProvider))
    case .profilePinReset(let profile):
      return messages.text(.selectProfilePinDropped(profile: profile))
    }
  }

  /// `Sonnet (anthropic/claude-sonnet-4-5)`, or the ref alone when it has no alias.
  func modelLabel(_ ref: ModelRef) -> SafeText {
    guard let alias = selection.aliases(of: ref).first else { return SafeText(escaping: ref.key) }
    return messages.text(.modelWithAlias(alias: alias, model: ref.key))
  }
}
