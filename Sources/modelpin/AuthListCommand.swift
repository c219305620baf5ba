import ArgumentParser
import ModelPin
import ModelPinOperator

/// `modelpin auth list`: every stored profile by provider, masked, with its order and health.
struct AuthListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the stored auth profiles by provider, with their order and health.",
    discussion: """
      Each profile shows its place in the provider's order (- when the order leaves it out), its \
      masked credential and flags such as next, lastGood, cooldown 4m, exp 3h or expired.

      Example:
        modelpin auth list --json
      """)

  @OptionGroup var state: StateOptions
  @OptionGroup var clock: ClockOption

  @Flag(help: "Print one JSON document (fields in the README).")
  var json = false

  @Flag(help: "No colour and no marks.")
  var plain = false

  func run() throws {
    let context = try state.operatorContext(now: try clock.milliseconds())
    let listing = AuthListing(context: context, store: try context.authStore())
    if json {
      StandardOutput.document(listing.json)
    } else {
      let style = TextStyle.forStandardOutput(plain: plain)
      StandardOutput.line(listing.text(in: context, style: style))
      for warning in listing.skipped { StandardOutput.error(warning.warning(in: context)) }
    }
    StandardOutput.flush()
  }
}
