import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin auth cooldown clear`: makes cooling or disabled profiles usable again.
struct AuthCooldownCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cooldown",
    abstract: "Clear the cooldowns that failures put on auth profiles.",
    discussion: """
      Example:
        modelpin auth cooldown clear --provider anthropic
      """,
    subcommands: [Clear.self])

  /// `auth cooldown clear`.
  struct Clear: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Clear the cooldown, disabled state and failure counts of a profile or of a provider's profiles.",
      discussion: """
        Example:
          modelpin auth cooldown clear --profile anthropic:work
        """)

    @OptionGroup var state: StateOptions

    @Option(help: "The profile to clear.", completion: .profiles)
    var profile: String?

    @Option(help: "The provider whose profiles to clear.", completion: .providers)
    var provider: String?

    func validate() throws {
      guard (profile == nil) != (provider == nil) else {
        throw ValidationError(try state.earlyMessages().text(.cliErrorCooldownTarget).string)
      }
    }

    func run() throws {
      let context = try state.operatorContext()
      if let profile {
        StandardOutput.line(try CooldownClearing.clear(profile: profile, context: context))
      } else if let provider {
        StandardOutput.line(try CooldownClearing.clear(provider: provider, context: context))
      }
      StandardOutput.flush()
    }
  }
}
