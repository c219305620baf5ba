import AuthProfiles
import ModelCatalog
import ModelCommand
import StateFolder

extension Turn {
  /// `/model status`: the full view (spec §4.5).
  mutating func status() throws -> Reply {
    let route = try route(saving: true)
    let rows = [
      (messages.text(.labelCurrent), modelLabel(routedModel)),
      (messages.text(.labelDefault), modelLabel(selection.defaultModel)),
      (messages.text(.labelAgent), escapedForDisplay(workspace.layout.agent)),
      (messages.text(.labelAuthFile), workspace.displayPath(interpreter.auth.path)),
      (messages.text(.labelPins), describePins()),
      (messages.text(.labelNext), describe(route)),
    ]
    var blocks = [Columns.render(rows)]
    for provider in statusProviders() {
      blocks.append(providerBlock(provider))
    }
    return try reply(.status, blocks.joined(separator: "\n"), route: route)
  }

  /// `model anthropic/claude-sonnet-4-5 (user) · profile anthropic:work (user)`, or `none`.
  private func describePins() -> String {
    var parts: [String] = []
    if let model = modelPin {
      let inherited = own.model == nil
      parts.append(
        messages.text(
          inherited ? .pinModelInherited : .pinModel, ["model": escapedForDisplay(model.key), "source": messages.text(.sourceUser)]))
    }
    if let pin = profilePin {
      let source = messages.text(pin.source == .user ? .sourceUser : .sourceAuto)
      parts.append(messages.text(.pinProfile, ["profile": escapedForDisplay(pin.id), "source": source]))
    }
    return parts.isEmpty ? messages.text(.pinsNone) : parts.joined(separator: " · ")
  }

  /// Providers of selectable models in list order, then providers that only have profiles.
  private func statusProviders() -> [String] {
    var providers = selection.providers
    var seen = Set(providers)
    for profile in store.profiles where seen.insert(profile.provider).inserted {
      providers.append(profile.provider)
    }
    return providers
  }

  /// `[provider] endpoint: … api: … auth: …` and the provider's models with aliases.
  private func providerBlock(_ provider: String) -> String {
    let info = selection.provider(provider)
    let header = messages.text(
      .statusProviderHeader,
      [
        "provider": escapedForDisplay(provider),
        "endpoint": info?.baseURL.map(escapedForDisplay) ?? messages.text(.statusEndpointDefault),
        "api": info?.api.map(escapedForDisplay) ?? "-",
        "auth": authLabels(for: provider),
      ])
    let models = selection.list(provider: provider).map { model in
      var line = "  " + escapedForDisplay(model.ref.model)
      if !model.aliases.isEmpty { line += " (" + model.aliases.map(escapedForDisplay).joined(separator: ", ") + ")" }
      return line
    }
    return ([header] + models).joined(separator: "\n")
  }

  /// The provider's credentials: profiles in order (then the rest), the environment key, the config key.
  private func authLabels(for provider: String) -> String {
    let order = store.authOrder(for: provider, config: workspace.config, now: now)
    var labels = store.profileLabels(order: order, config: workspace.config, now: now).map(render)
    if let environment = EnvironmentCredential.lookup(provider: provider, environment: workspace.environment) {
      labels.append(
        messages.text(.authEnvironment, ["variable": escapedForDisplay(environment.variable)]) + "="
          + escapedForDisplay(maskSecret(environment.value)))
    }
    if let key = configuredKey(for: provider) {
      labels.append(messages.text(.authConfig) + "=" + escapedForDisplay(maskSecret(key)))
    }
    return labels.isEmpty ? messages.text(.authNone) : labels.joined(separator: ", ")
  }

  /// `anthropic:work=sk-ant-a…0000 (next, lastGood, cooldown 4m)`.
  private func render(_ label: ProfileLabel) -> String {
    var text = escapedForDisplay(label.id) + "="
    switch label.credential {
    case .key(let masked): text += escapedForDisplay(masked)
    case .token(let masked): text += "token:" + escapedForDisplay(masked)
    case .oauth(let email): text += "OAuth" + (email.map { " (\(escapedForDisplay($0)))" } ?? "")
    case .missing: text += messages.text(.authMissing)
    }
    let flags = label.flags.map(describeFlag)
    if !flags.isEmpty { text += " (" + flags.joined(separator: ", ") + ")" }
    return text
  }

  private func describeFlag(_ flag: ProfileLabel.Flag) -> String {
    switch flag {
    case .next: return messages.text(.flagNext)
    case .lastGood: return messages.text(.flagLastGood)
    case .cooldown(let remaining): return messages.text(.flagCooldown, ["wait": compactDuration(milliseconds: remaining)])
    case .disabled(let reason, let remaining):
      return messages.text(
        .flagDisabled,
        ["reason": escapedForDisplay(reason ?? "-"), "wait": compactDuration(milliseconds: remaining)])
    case .expiring(let remaining): return messages.text(.flagExpiring, ["wait": compactDuration(milliseconds: remaining)])
    case .expired: return messages.text(.flagExpired)
    }
  }
}
