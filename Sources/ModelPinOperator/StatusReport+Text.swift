import AuthProfiles
import ModelCatalog
import ModelCommand
import ModelPin
import SafeText

extension StatusReport {
  /// The report as text in the context's language: the summary rows, then one block per provider.
  public func text(in context: OperatorContext, style: TextStyle) -> SafeText {
    let messages = context.messages
    var rows: [(label: SafeText, value: SafeText)] = [
      (messages.text(.labelAgent), SafeText(escaping: agent)),
      (
        messages.text(.cliLabelState),
        context.display(stateFolder) + " " + messages.parenthesized(messages.text(folderSource))
      ),
      (messages.text(.cliLabelConfig), configFile.map(context.display) ?? messages.text(.cliStatusNoConfig)),
      (messages.text(.labelAuthFile), context.display(authFile)),
      (messages.text(.labelDefault), defaultModel.text(messages)),
    ]
    rows += continued(messages.text(.cliLabelFallbacks), fallbacks.map { $0.text(messages) }, none: messages)
    let aliasTexts = aliases.map { messages.text(.cliStatusAlias(alias: $0.name, model: $0.ref.key)) }
    rows += continued(messages.text(.cliLabelAliases), aliasTexts, none: messages)
    let block = Columns.render(rows)
    let blocks =
      [block] + providers.map { $0.text(messages, style: style, now: context.now, flags: context.workspace.stateFlags) }
    return blocks.joined(separator: "\n\n")
  }

  /// Rows of a label with several values: the label on the first only; `none` for no value.
  private func continued(
    _ label: SafeText, _ values: [SafeText], none messages: MessageCatalog
  ) -> [(label: SafeText, value: SafeText)] {
    guard let first = values.first else { return [(label, messages.text(.statusPinsNone))] }
    return [(label, first)] + values.dropFirst().map { ("", $0) }
  }
}

extension StatusReport.Model {
  /// `Opus (anthropic/claude-opus-4-6)`, or the ref alone.
  func text(_ messages: MessageCatalog) -> SafeText {
    guard let alias = aliases.first else { return SafeText(escaping: ref.key) }
    return messages.text(.modelWithAlias(alias: alias, model: ref.key))
  }
}

extension StatusReport.Provider {
  /// `[anthropic] endpoint: … · api: …`, the credential a message would use, then each credential;
  /// the text is escaped before colour wraps it.
  func text(_ messages: MessageCatalog, style: TextStyle, now: Int64, flags: StateFlags) -> SafeText {
    var header = messages.text(
      .cliStatusProvider(
        provider: auth.provider,
        endpoint: endpoint.map(SafeText.init(escaping:)) ?? messages.text(.statusEndpointDefault),
        api: api.map(SafeText.init(escaping:)) ?? "-"))
    if !neededBy.isEmpty {
      header += " · " + messages.text(.cliStatusNeededBy(models: messages.list(neededBy.map(\.key))))
    }
    var lines: [SafeText] = [
      style.bold(header),
      "  " + messages.text(.cliStatusUses(credential: effectiveText(messages))),
    ]
    if let unknown, let model = neededBy.first {
      lines.append(
        "  " + unknownProviderText(messages, provider: auth.provider, model: model, unknown))
    } else if auth.effective == nil, !neededBy.isEmpty {
      let variable = EnvironmentCredential.variables(for: auth.provider).first ?? "API_KEY"
      let command = SuggestedCommand.pasteToken(provider: auth.provider, flags: flags)
      lines.append(
        "  "
          + messages.text(
            .warningNoCredential(provider: auth.provider, variable: variable, command: command.description)))
    }
    for entry in auth.profiles {
      lines.append("  " + style.mark(CredentialMark(entry, now: now)) + entry.text(messages))
    }
    let keys = auth.credentials.labelTexts(messages).dropFirst(auth.profiles.count)
    for (index, key) in keys.enumerated() {
      let mark = style.mark(keyMark(isEnvironment: index == 0 && auth.environmentVariable != nil))
      lines.append("  " + mark + key)
    }
    return lines.joined(separator: "\n")
  }

  /// The credential a message without a profile pin would use, in words.
  private func effectiveText(_ messages: MessageCatalog) -> SafeText {
    switch auth.effective {
    case .profile: return SafeText(escaping: auth.order.first ?? "")
    case .environment(let variable): return messages.text(.credentialEnvironment(variable: variable))
    case .config: return messages.text(.credentialConfig)
    case nil: return messages.text(.credentialNone)
    }
  }

  /// The mark of the environment key or the config key: usable only when it is the effective credential.
  private func keyMark(isEnvironment: Bool) -> CredentialMark {
    switch auth.effective {
    case .environment: return isEnvironment ? .usable : .unordered
    case .config: return isEnvironment ? .unordered : .usable
    case .profile, nil: return .unordered
    }
  }
}

extension StatusCheck.Problem {
  /// Why the check does not exit 0, for standard error.
  package func text(_ messages: MessageCatalog, flags: StateFlags) -> SafeText {
    func command(_ provider: String, _ profile: String? = nil) -> String {
      SuggestedCommand.pasteToken(provider: provider, profile: profile, flags: flags).description
    }
    switch self {
    case .expired(let profile, let provider):
      return messages.text(.cliCheckExpired(profile: profile, command: command(provider, profile)))
    case .unknownProvider(let provider, let model, let suggestions):
      return unknownProviderText(messages, provider: provider, model: model, suggestions)
    case .noCredential(let provider, let model):
      let variable = EnvironmentCredential.variables(for: provider).first ?? "API_KEY"
      return messages.text(
        .cliCheckNoCredential(provider: provider, model: model.key, variable: variable, command: command(provider)))
    case .expiring(let profile, let provider, let remaining):
      return messages.text(
        .cliCheckExpiring(
          profile: profile, wait: compactDuration(milliseconds: remaining), command: command(provider, profile)))
    }
  }
}

/// `opneai is not a provider modelpin knows, so opneai/gpt-5 has no credential: …; did you mean
/// openai?`: never "set OPNEAI_API_KEY" for a typo.
private func unknownProviderText(
  _ messages: MessageCatalog, provider: String, model: ModelRef, _ suggestions: [String]
) -> SafeText {
  let text = messages.text(.cliUnknownProvider(provider: provider, model: model.key))
  guard !suggestions.isEmpty else { return text }
  return messages.text(.cliDidYouMean(text: text, suggestions: messages.list(suggestions)))
}
