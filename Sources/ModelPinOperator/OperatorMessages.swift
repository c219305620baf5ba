import Foundation
import ModelPin

extension MessageCatalog {
  /// The catalog of a language with the operator's messages added to the library's.
  static func withOperatorMessages(_ language: Language) throws -> MessageCatalog {
    guard
      let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json", subdirectory: "messages")
    else { throw MessageCatalogError.missing(language: language.rawValue) }
    return try MessageCatalog.load(language).adding(json: [UInt8](Data(contentsOf: url)))
  }
}
