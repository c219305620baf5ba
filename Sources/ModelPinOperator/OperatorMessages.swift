import Foundation
import ModelPin
import SafeText

extension MessageCatalog {
  /// The catalog of a language with the operator's messages added to the library's.
  static func withOperatorMessages(_ language: Language) throws -> MessageCatalog {
    guard
      let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json", subdirectory: "messages")
    else { throw MessageCatalogError.missing(language: language.rawValue) }
    return try MessageCatalog.load(language).adding(json: [UInt8](Data(contentsOf: url)))
  }

  /// The text of an operator message with its arguments filled in.
  public func text(_ id: OperatorMessageID, _ arguments: KeyValuePairs<String, any SafeTextConvertible> = [:])
    -> SafeText
  {
    text(id: id.rawValue, arguments)
  }

  /// The text of an operator message whose arguments were gathered in a dictionary.
  public func text(_ id: OperatorMessageID, arguments: [String: any SafeTextConvertible]) -> SafeText {
    text(id: id.rawValue, arguments: arguments)
  }
}
