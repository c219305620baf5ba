import ArgumentParser
import ModelPin
import ModelPinOperator

/// What `auth paste-token` and `auth setup-token` store: which profile, and for how long.
struct AuthTokenOptions: ParsableArguments {
  @OptionGroup var state: StateOptions

  @Option(
    name: .customLong("profile-id"), help: "The profile to write (default: <provider>:manual).", completion: .profiles)
  var profileID: String?

  @Option(name: .customLong("expires-in"), help: "How long the token lives, e.g. 30d, 12h or 45m (default: no expiry).")
  var expiresIn: String?

  func validate() throws {
    if let expiresIn, TokenLifetime.milliseconds(expiresIn) == nil {
      throw ValidationError(try state.earlyMessages().text(.cliErrorExpiresIn(value: expiresIn)).string)
    }
  }

  /// Checks the profile id, reads the token (never echoed) and stores it; prints the confirmation.
  func paste(provider: String, requiresSubscriptionToken: Bool) throws {
    let context = try state.operatorContext()
    let paste = TokenPaste(
      provider: provider, profileID: profileID, lifetime: expiresIn.flatMap(TokenLifetime.milliseconds),
      requiresSubscriptionToken: requiresSubscriptionToken)
    try paste.validate(context.messages)
    let token = AuthTokenInput.read(prompt: context.messages.text(.cliPastePrompt(profile: paste.profileID)))
    StandardOutput.line(try paste.save(token, context: context))
    StandardOutput.flush()
  }
}
