import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin auth remove`: removes a profile from auth-profiles.json.
struct AuthRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove",
    abstract: "Remove an auth profile, its usage stats and its place in the stored orders.",
    discussion: """
      The profile's entry, its usageStats and lastGood, and its place in every stored order go \
      together, under the file's lock; an order left empty is removed, so the config's order or the \
      automatic one applies again.

      Example:
        modelpin auth remove --profile anthropic:old
      """)

  @OptionGroup var state: StateOptions

  @Option(help: "The profile to remove, e.g. anthropic:old.", completion: .profiles)
  var profile: String

  func run() throws {
    let context = try state.operatorContext()
    StandardOutput.line(try ProfileRemoval.remove(profile: profile, context: context))
    StandardOutput.flush()
  }
}
