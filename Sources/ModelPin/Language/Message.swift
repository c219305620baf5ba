import SafeText

/// A message with its arguments, ready for a catalog to put into words.
///
/// Each message is declared once, by its English template in `Resources/messages/en.json`: the
/// `MessageConstructors` plugin makes a constructor of it, named for its id, with a parameter for
/// each placeholder (`.selectModelSet(model: label)`), so the compiler checks every call site.
/// Arguments are escaped as they are given (`SafeTextConvertible`).
package struct Message: Sendable {
  /// The id of the message in the catalogs, `select.model_set`.
  package let id: String
  /// The placeholders' names and their text.
  package let arguments: [(name: String, value: SafeText)]

  package init(id: String, arguments: [(name: String, value: SafeText)] = []) {
    self.id = id
    self.arguments = arguments
  }
}
