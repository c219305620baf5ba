import AuthProfiles
import ModelCatalog
import ModelCommand
import SafeText
import StateFolder

/// A provider's credentials at one moment, as the status views show them (spec §4.5, §7.6): its
/// profiles in order with their flags, its environment key and its config key.
///
/// `/model status` and `modelpin status` both render these, so the two never disagree.
package struct ProviderCredentials: Sendable {
  /// The provider, normalized.
  package let provider: String
  package let order: AuthOrder
  /// The profiles of the order first, then the provider's other stored profiles.
  package let labels: [ProfileLabel]
  package let environment: EnvironmentCredential?
  /// `models.providers.<p>.apiKey`.
  package let configKey: String?

  package init(provider: String, store: AuthStore, workspace: Workspace, now: Int64) {
    self.provider = provider
    order = store.authOrder(for: provider, config: workspace.config, now: now)
    labels = store.profileLabels(order: order, config: workspace.config, now: now)
    environment = EnvironmentCredential.lookup(provider: provider, environment: workspace.environment)
    configKey = workspace.configuredKey(for: provider, store: store)
  }

  /// What a message without a profile pin would use (spec §4.4): the first profile of the order,
  /// else the environment key, else the config key; nil for none.
  package var effective: Route.Credential? {
    if order.next != nil { return .profile }
    if let environment { return .environment(variable: environment.variable) }
    return configKey == nil ? nil : .config
  }

  /// Each credential as status shows it, in the catalog's language: the profiles, then
  /// `env: VAR=…`, then `config=…`, secrets masked.
  package func labelTexts(_ messages: MessageCatalog) -> [SafeText] {
    var texts = labels.map { messages.text($0) }
    if let environment {
      texts.append(
        messages.text(.authEnvironment(variable: environment.variable)) + "="
          + SafeText(escaping: maskSecret(environment.value)))
    }
    if let configKey {
      texts.append(messages.text(.authConfig) + "=" + SafeText(escaping: maskSecret(configKey)))
    }
    return texts
  }
}

extension MessageCatalog {
  /// `anthropic:work=sk-ant-a…0000 (next, lastGood, cooldown 4m)`.
  package func text(_ label: ProfileLabel) -> SafeText {
    var text: SafeText = "\(label.id)="
    switch label.credential {
    case .key(let masked): text += SafeText(escaping: masked)
    case .token(let masked): text += "token:\(masked)"
    // The catalog's parentheses, so a zh-Hant label does not mix half- and full-width ones.
    case .oauth(let email): text += "OAuth" + (email.map { " " + parenthesized($0) } ?? .empty)
    case .missing: text += self.text(.authMissing)
    }
    if let unresolved = label.unresolved { text += " " + parenthesized(self.text(unresolved)) }
    let flags = label.flags.map { self.text($0) }
    if !flags.isEmpty { text += " " + parenthesized(list(flags)) }
    return text
  }

  /// `next`, `cooldown 4m`, `disabled billing 3h`, `exp 3h`, …
  package func text(_ flag: ProfileLabel.Flag) -> SafeText {
    switch flag {
    case .next: return text(.flagNext)
    case .lastGood: return text(.flagLastGood)
    case .cooldown(let remaining): return text(.flagCooldown(wait: compactDuration(milliseconds: remaining)))
    case .disabled(let reason, let remaining):
      return text(.flagDisabled(reason: reason ?? "-", wait: compactDuration(milliseconds: remaining)))
    case .expiring(let remaining): return text(.flagExpiring(wait: compactDuration(milliseconds: remaining)))
    case .expired: return text(.flagExpired)
    }
  }
}

extension Workspace {
  /// `models.providers.<p>.apiKey` of a provider (normalized), when set: the value its secret
  /// reference resolved to when `store` was read (spec §5.1), else its plain text.
  func configuredKey(for provider: String, store: AuthStore) -> String? {
    guard let entry = config.providers.first(where: { ProviderName.normalized($0.name) == provider }) else {
      return nil
    }
    if let reference = entry.apiKeyReference {
      guard case .value(let value) = store.resolution(of: reference) else { return nil }
      return value
    }
    return entry.apiKey.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The providers a ref may name without being a typo: the built-in and configured ones, and
  /// those of stored profiles (credentials for a provider mean it is meant). `status`, `doctor`
  /// and the chat's no-credential warning judge by this one list.
  package func knownProviders(store: AuthStore) -> [String] {
    var seen = Set(selection.knownProviders)
    return selection.knownProviders + store.profiles.map(\.provider).filter { seen.insert($0).inserted }
  }

  /// The provider's environment key, else the config's `apiKey`, else nothing (spec §4.4 step 3).
  package func fallbackCredential(for provider: String, store: AuthStore) -> Route.Credential? {
    if let variable = EnvironmentCredential.lookup(provider: provider, environment: environment)?.variable {
      return .environment(variable: variable)
    }
    return configuredKey(for: provider, store: store) == nil ? nil : .config
  }
}
