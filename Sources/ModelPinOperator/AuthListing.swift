import AuthProfiles
import ModelCommand
import ModelPin
import SafeText
import StateFolder

/// `modelpin auth list`: every stored profile by provider, with its place in the order, its
/// masked credential and its health.
public struct AuthListing: Sendable {
  public var authFile: String
  /// The providers of the stored profiles, in list order.
  public var providers: [ProviderAuth]
  /// Profiles of the file that modelpin skips.
  public var skipped: [AuthStoreWarning]

  public init(context: OperatorContext, store: AuthStore) {
    authFile = context.workspace.authLocation
    providers = ProviderAuth.providers(of: store).map {
      ProviderAuth(provider: $0, store: store, workspace: context.workspace, now: context.now)
    }
    skipped = store.warnings
  }

  /// One block per provider: its order's source, then its profiles numbered by their place in the
  /// order; the text is escaped before colour wraps it.
  public func text(in context: OperatorContext, style: TextStyle) -> SafeText {
    let messages = context.messages
    guard !providers.isEmpty else {
      let command = SuggestedCommand(
        words: ["auth", "paste-token", "--provider", "<provider>"] + context.workspace.stateFlags.words)
      return messages.text(.cliAuthNone(path: context.display(authFile), command: command.description))
    }
    return providers.map { provider in
      let source: Message =
        switch provider.orderSource {
        case .store: .cliAuthOrderStore
        case .config: .cliAuthOrderConfig
        case .automatic: .cliAuthOrderAutomatic
        }
      let header = messages.text(.cliAuthProvider(provider: provider.provider, source: messages.text(source)))
      let width = String(provider.order.count).count + 1
      let lines = provider.profiles.map { entry in
        let place = entry.position.map { String(repeating: " ", count: width - String($0).count - 1) + "\($0)." }
        let line = SafeText(escaping: "  " + (place ?? "-" + String(repeating: " ", count: width - 1)) + " ")
        return line + style.mark(CredentialMark(entry, now: context.now)) + entry.text(messages)
      }
      return ([style.bold(header)] + lines).joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  /// `{"authFile", "providers": [...], "skipped": [...]}`; the README documents the fields.
  public var json: JSONValue {
    .object(
      JSONObject([
        ("authFile", .string(authFile)),
        ("providers", .array(providers.map { .object($0.json) })),
        ("skipped", .array(skipped.map(\.json))),
      ]))
  }
}
