import ArgumentParser

/// `modelpin auth paste-token`: stores a token read from standard input as a `token` profile.
struct AuthPasteTokenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "paste-token",
    abstract: "Store a token read from standard input as a token profile.",
    discussion: """
      The token is read from standard input: on a terminal it is not echoed; from a pipe, the whole \
      input is the token. It is written as a token profile (default id <provider>:manual) and goes \
      first in the provider's stored order, when there is one.

      Example:
        pbpaste | modelpin auth paste-token --provider openrouter --expires-in 30d
      """)

  @Option(help: "The provider the token is for, e.g. anthropic.", completion: .providers)
  var provider: String

  @OptionGroup var token: AuthTokenOptions

  func run() throws {
    try token.paste(provider: provider, requiresSubscriptionToken: false)
  }
}
