import Foundation
import ModelPin
import Synchronization

extension MessageCatalog {
  /// The catalog of a language with the operator's messages added to the library's, made once per
  /// process: a command asks for it in several places (warnings, notices, its own output).
  static func withOperatorMessages(_ language: Language) throws -> MessageCatalog {
    try withOperatorMessagesLoaded.withLock { loaded in
      if let catalog = loaded[language] { return catalog }
      guard
        let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json", subdirectory: "messages")
      else { throw MessageCatalogError.missing(language: language.rawValue) }
      let catalog = try MessageCatalog.load(language).adding(json: [UInt8](Data(contentsOf: url)))
      loaded[language] = catalog
      return catalog
    }
  }

  private static let withOperatorMessagesLoaded = Mutex<[Language: MessageCatalog]>([:])
}
