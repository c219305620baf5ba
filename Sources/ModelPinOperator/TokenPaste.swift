import AuthProfiles
import ModelCatalog
import ModelCommand
import ModelPin
import SafeText
import StateFolder

/// `modelpin auth paste-token` and `auth setup-token` (spec §7.6): stores a pasted token as a
/// `token` profile, first in the store's order of its provider when it has one.
public struct TokenPaste: Sendable {
  /// The provider, normalized.
  public var provider: String
  /// The profile id; default `<provider>:manual`.
  public var profileID: String
  /// How long the token lives, in milliseconds; nil for a token that does not expire.
  public var lifetime: Int64?
  /// `setup-token`: the token must be a Claude subscription token (`sk-ant-oat…`).
  public var requiresSubscriptionToken: Bool

  public init(provider: String, profileID: String?, lifetime: Int64?, requiresSubscriptionToken: Bool = false) {
    self.provider = ProviderName.normalized(provider)
    self.profileID = profileID ?? "\(self.provider):manual"
    self.lifetime = lifetime
    self.requiresSubscriptionToken = requiresSubscriptionToken
  }

  /// What Claude subscription tokens (made by `claude setup-token`) start with.
  public static let subscriptionTokenPrefix = "sk-ant-oat"

  /// Checks what can be checked before the token is read: the profile id names the provider, and
  /// `setup-token` is for Anthropic.
  public func validate(_ messages: MessageCatalog) throws(OperatorFailure) {
    if requiresSubscriptionToken, provider != "anthropic" {
      throw OperatorFailure(messages.text(.cliErrorSetupTokenProvider(provider: provider)))
    }
    let prefix = profileID.prefix { $0 != ":" }
    guard prefix.count < profileID.count, ProviderName.normalized(String(prefix)) == provider,
      profileID.count > prefix.count + 1
    else {
      throw OperatorFailure(
        messages.text(.cliErrorProfileIdProvider(profile: profileID, provider: provider)))
    }
  }

  /// Stores `token` (surrounding whitespace dropped) and returns the confirmation, token masked.
  public func save(_ token: String, context: OperatorContext) throws(OperatorFailure) -> SafeText {
    try validate(context.messages)
    let token = token.trimmed(where: \.isWhitespace)
    guard !token.contains(where: \.isNewline) else { throw context.failure(.cliErrorTokenLines) }
    if requiresSubscriptionToken, !token.isEmpty, !token.hasPrefix(Self.subscriptionTokenPrefix) {
      throw context.failure(.cliErrorNotSubscriptionToken)
    }
    let expires = lifetime.map { context.now + $0 }
    let (store, replaced) = try context.updateAuth { store in
      let replaced = store.profile(profileID) != nil
      try store.setToken(id: profileID, provider: provider, token: token, expires: expires)
      return (store, replaced)
    }
    return confirmation(token: token, store: store, replaced: replaced, context: context)
  }

  private func confirmation(token: String, store: AuthStore, replaced: Bool, context: OperatorContext) -> SafeText {
    let messages = context.messages
    let masked = maskSecret(token)
    var lines = [
      lifetime.map {
        messages.text(
          .cliPasteSavedExpiring(profile: profileID, masked: masked, wait: compactDuration(milliseconds: $0)))
      }
        ?? messages.text(.cliPasteSaved(profile: profileID, masked: masked))
    ]
    if replaced { lines.append(messages.text(.cliPasteReplaced(profile: profileID))) }
    if context.workspace.selection.provider(provider) == nil {
      lines.append(messages.text(.cliPasteUnknownProvider(provider: provider)))
    }
    let order = store.authOrder(for: provider, config: context.workspace.config, now: context.now).ids
    if store.explicitOrder(for: provider)?.first == profileID {
      lines.append(messages.text(.cliPasteFirstInOrder(provider: provider)))
    } else if !order.contains(profileID) {
      let command = SuggestedCommand.setOrder(
        provider: provider, profiles: order + [profileID], flags: context.workspace.stateFlags)
      lines.append(
        messages.text(.cliPasteNotInOrder(profile: profileID, provider: provider, command: command.description)))
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// The text without leading and trailing characters that match `isTrimmed`.
  fileprivate func trimmed(where isTrimmed: (Character) -> Bool) -> String {
    guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
