import ArgumentParser

/// `modelpin auth setup-token`: paste-token for a Claude subscription token.
struct AuthSetupTokenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "setup-token",
    abstract: "Store a Claude subscription token (made by claude setup-token).",
    discussion: """
      Run claude setup-token in a terminal, then paste the token it prints (it starts with \
      sk-ant-oat). It is stored like paste-token stores a token.

      Example:
        modelpin auth setup-token --provider anthropic --expires-in 365d
      """)

  @Option(help: "The provider: anthropic, the only one with subscription tokens.")
  var provider = "anthropic"

  @OptionGroup var token: AuthTokenOptions

  func run() throws {
    try token.paste(provider: provider, requiresSubscriptionToken: true)
  }
}
