import AuthProfiles
import ModelCatalog
import ModelCommand
import ModelPin
import SafeText
import StateFolder

/// `modelpin auth cooldown clear` (spec §5.5): clears the cooldowns, disabled states and failure
/// counts of one profile or of every profile of a provider.
public enum CooldownClearing {
  /// Clears one profile and returns the confirmation.
  public static func clear(profile id: String, context: OperatorContext) throws(OperatorFailure) -> SafeText {
    let cleared = try context.updateAuth { try $0.clearCooldowns(profile: id) }
    return context.messages.text(
      cleared ? .cliCooldownClearedProfile(profile: id) : .cliCooldownNothingToClearProfile(profile: id))
  }

  /// Clears every profile of a provider and returns the confirmation naming those that had any.
  public static func clear(provider: String, context: OperatorContext) throws(OperatorFailure) -> SafeText {
    let provider = ProviderName.normalized(provider)
    let cleared = try context.updateAuth { $0.clearCooldowns(provider: provider) }
    guard !cleared.isEmpty else {
      return context.messages.text(.cliCooldownNoneCleared(provider: provider))
    }
    return context.messages.text(
      .cliCooldownClearedProvider(provider: provider, profiles: context.messages.list(cleared)))
  }
}
