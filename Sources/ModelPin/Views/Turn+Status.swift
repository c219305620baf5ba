import AuthProfiles
import ModelCatalog
import ModelCommand
import SafeText
import StateFolder

extension Turn {
  /// `/model status`: the full view of a session about to take `route` (spec §4.5).
  func statusText(_ route: Route) -> SafeText {
    let rows = [
      (messages.text(.labelCurrent), modelLabel(routedModel)),
      (messages.text(.labelDefault), modelLabel(selection.defaultModel)),
      (messages.text(.labelAgent), SafeText(escaping: workspace.layout.agent)),
      (messages.text(.labelAuthFile), workspace.displayPath(interpreter.auth.location)),
      (messages.text(.labelPins), describePins()),
      (messages.text(.labelNext), describe(route)),
    ]
    var blocks = [Columns.render(rows)]
    for provider in statusProviders() {
      blocks.append(providerBlock(provider))
    }
    return blocks.joined(separator: "\n")
  }

  /// `model anthropic/claude-sonnet-4-5 (user) · profile anthropic:work (user)`, or `none`.
  private func describePins() -> SafeText {
    var parts: [SafeText] = []
    if let model = modelPin {
      let inherited = pins.own.model == nil
      let source = messages.text(.sourceUser)
      parts.append(
        messages.text(
          inherited
            ? .statusPinModelInherited(model: model.key, source: source)
            : .statusPinModel(model: model.key, source: source)))
    }
    if let pin = profilePin {
      let source = messages.text(pin.source == .user ? .sourceUser : .sourceAuto)
      parts.append(messages.text(.statusPinProfile(profile: pin.id, source: source)))
    }
    return parts.isEmpty ? messages.text(.statusPinsNone) : parts.joined(separator: " · ")
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
  private func providerBlock(_ provider: String) -> SafeText {
    let info = selection.provider(provider)
    let header = messages.text(
      .statusProviderHeader(
        provider: provider,
        endpoint: info?.baseURL.map(SafeText.init(escaping:)) ?? messages.text(.statusEndpointDefault),
        api: info?.api ?? "-", auth: authLabels(for: provider)))
    let models = selection.list(provider: provider).map { model in
      var line: SafeText = "  \(model.ref.model)"
      if !model.aliases.isEmpty {
        line += " " + messages.parenthesized(messages.list(model.aliases))
      }
      return line
    }
    return ([header] + models).joined(separator: "\n")
  }

  /// The provider's credentials: profiles in order (then the rest), the environment key, the config key.
  private func authLabels(for provider: String) -> SafeText {
    let labels = ProviderCredentials(provider: provider, store: store, workspace: workspace, now: now).labelTexts(
      messages)
    return labels.isEmpty ? messages.text(.authNone) : messages.list(labels)
  }
}
