import AuthProfiles
import ModelCommand
import ModelPin
import SafeText

/// `modelpin auth remove` (spec §7.6): removes a profile, its usage statistics and its place in
/// the stored orders, under the auth file's lock.
public enum ProfileRemoval {
  /// Removes the profile `id` and returns the confirmation, naming the orders it was taken out of.
  public static func remove(profile id: String, context: OperatorContext) throws(OperatorFailure) -> SafeText {
    let orders = try context.updateAuth { try $0.removeProfile(id) }
    let messages = context.messages
    var lines = [messages.text(.cliRemoveDone(profile: id))]
    if !orders.isEmpty {
      lines.append(messages.text(.cliRemoveFromOrders(providers: messages.list(orders))))
    }
    return lines.joined(separator: "\n")
  }
}
