import AuthProfiles
import ModelCatalog
import ModelCommand
import ModelPin

extension StatusReport {
  /// The report as text in the context's language: the summary rows, then one block per provider.
  public func text(in context: OperatorContext, style: TextStyle) -> String {
    let messages = context.messages
    var rows = [
      (messages.text(.labelAgent), escapedForDisplay(agent)),
      (
        messages.text(.cliLabelState),
        context.display(stateFolder) + " " + messages.parenthesized(messages.text(folderSource))
      ),
      (messages.text(.cliLabelConfig), configFile.map(context.display) ?? messages.text(.cliStatusNoConfig)),
      (messages.text(.labelAuthFile), context.display(authFile)),
      (messages.text(.labelDefault), defaultModel.text(messages)),
    ]
    rows += continued(messages.text(.cliLabelFallbacks), fallbacks.map { $0.text(messages) }, none: messages)
    let aliasTexts = aliases.map { messages.text(.cliStatusAlias, ["alias": $0.name, "model": $0.ref.key]) }
    rows += continued(messages.text(.cliLabelAliases), aliasTexts, none: messages)
    // Escaped here, not only where it is printed: colour must wrap text already escaped.
    let block = Columns.render(rows.map { ($0.0, escapedForDisplay($0.1)) })
    let blocks =
      [block] + providers.map { $0.text(messages, style: style, now: context.now, flags: context.workspace.stateFlags) }
    return blocks.joined(separator: "\n\n")
  }

  /// Rows of a label with several values: the label on the first only; `none` for no value.
  private func continued(_ label: String, _ values: [String], none messages: MessageCatalog) -> [(String, String)] {
    guard let first = values.first else { return [(label, messages.text(.pinsNone))] }
    return [(label, first)] + values.dropFirst().map { ("", $0) }
  }
}

extension StatusReport.Model {
  /// `Opus (anthropic/claude-opus-4-6)`, or the ref alone.
  func text(_ messages: MessageCatalog) -> String {
    guard let alias = aliases.first else { return ref.key }
    return messages.text(.modelWithAlias, ["alias": alias, "model": ref.key])
  }
}

extension StatusReport.Provider {
  /// `[anthropic] endpoint: … · api: …`, the credential a message would use, then each credential;
  /// the text is escaped before colour wraps it.
  func text(_ messages: MessageCatalog, style: TextStyle, now: Int64, flags: StateFlags) -> String {
    var header = messages.text(
      .cliStatusProvider,
      [
        "provider": escapedForDisplay(auth.provider),
        "endpoint": endpoint.map(escapedForDisplay) ?? messages.text(.statusEndpointDefault),
        "api": api.map(escapedForDisplay) ?? "-",
      ])
    if !neededBy.isEmpty {
      header += " · " + messages.text(.cliStatusNeededBy, ["models": messages.list(neededBy.map(\.key))])
    }
    var lines = [
      style.bold(escapedForDisplay(header)),
      "  " + escapedForDisplay(messages.text(.cliStatusUses, ["credential": effectiveText(messages)])),
    ]
    if let unknown, let model = neededBy.first {
      lines.append(
        "  " + escapedForDisplay(unknownProviderText(messages, provider: auth.provider, model: model, unknown)))
    } else if auth.effective == nil, !neededBy.isEmpty {
      let variable = EnvironmentCredential.variables(for: auth.provider).first ?? "API_KEY"
      let command = SuggestedCommand.pasteToken(provider: auth.provider, flags: flags)
      lines.append(
        "  "
          + escapedForDisplay(
            messages.text(
              .warningNoCredential,
              ["provider": auth.provider, "variable": variable, "command": command.description])))
    }
    for entry in auth.profiles {
      lines.append("  " + style.mark(CredentialMark(entry, now: now)) + escapedForDisplay(entry.text(messages)))
    }
    let keys = auth.credentials.labelTexts(messages).dropFirst(auth.profiles.count)
    for (index, key) in keys.enumerated() {
      let mark = style.mark(keyMark(isEnvironment: index == 0 && auth.environmentVariable != nil))
      lines.append("  " + mark + escapedForDisplay(key))
    }
    return lines.joined(separator: "\n")
  }

  /// The credential a message without a profile pin would use, in words.
  private func effectiveText(_ messages: MessageCatalog) -> String {
    switch auth.effective {
    case .profile: return escapedForDisplay(auth.order.first ?? "")
    case .environment(let variable): return messages.text(.credentialEnvironment, ["variable": variable])
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
  public func text(_ messages: MessageCatalog, flags: StateFlags) -> String {
    func command(_ provider: String, _ profile: String? = nil) -> String {
      escapedForDisplay(SuggestedCommand.pasteToken(provider: provider, profile: profile, flags: flags).description)
    }
    switch self {
    case .expired(let profile, let provider):
      return messages.text(
        .cliCheckExpired, ["profile": escapedForDisplay(profile), "command": command(provider, profile)])
    case .unknownProvider(let provider, let model, let suggestions):
      return unknownProviderText(messages, provider: provider, model: model, suggestions)
    case .noCredential(let provider, let model):
      let variable = EnvironmentCredential.variables(for: provider).first ?? "API_KEY"
      return messages.text(
        .cliCheckNoCredential,
        ["provider": provider, "model": model.key, "variable": variable, "command": command(provider)])
    case .expiring(let profile, let provider, let remaining):
      return messages.text(
        .cliCheckExpiring,
        [
          "profile": escapedForDisplay(profile), "wait": compactDuration(milliseconds: remaining),
          "command": command(provider, profile),
        ])
    }
  }
}

/// `opneai is not a provider modelpin knows, so opneai/gpt-5 has no credential: …; did you mean
/// openai?`: never "set OPNEAI_API_KEY" for a typo.
private func unknownProviderText(
  _ messages: MessageCatalog, provider: String, model: ModelRef, _ suggestions: [String]
) -> String {
  let text = messages.text(
    .cliUnknownProvider, ["provider": escapedForDisplay(provider), "model": escapedForDisplay(model.key)])
  guard !suggestions.isEmpty else { return text }
  return messages.text(
    .cliDidYouMean, ["text": text, "suggestions": messages.list(suggestions.map(escapedForDisplay))])
}
