import Foundation
import SafeText
import StateFolder
import Synchronization

/// The texts of one language, read from `Resources/messages/<language>.json`.
///
/// Each entry maps a message id to a template whose `{name}` placeholders are filled with
/// named arguments. Templates are split into pieces once, at load, so rendering is one copy into a string of the final size.
///
/// A message is asked for by its constructor (`text(.selectModelSet(model: label))`, made from the
/// English catalog by the `MessageConstructors` plugin) and comes back as `SafeText`: the template is
/// modelpin's own text, and each argument was escaped as the message was made
/// (`SafeTextConvertible`: a `String` is escaped, `SafeText` such as another message is kept), so
/// call sites pass what they quote as it is and cannot forget to escape it.
public struct MessageCatalog: Sendable {
  /// The language of the texts.
  public let language: Language
  private var texts: Texts

  /// The catalog of a language, from the module's resources.
  ///
  /// Read and parsed once per process: the interpreter, the command's own messages and the
  /// operator's catalog all start from it.
  public static func load(_ language: Language) throws -> MessageCatalog {
    try loaded.withLock { loaded in
      if let catalog = loaded[language] { return catalog }
      guard
        let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json", subdirectory: "messages")
      else { throw MessageCatalogError.missing(language: language.rawValue) }
      let catalog = try MessageCatalog(language: language, json: try [UInt8](Data(contentsOf: url)))
      loaded[language] = catalog
      return catalog
    }
  }

  private static let loaded = Mutex<[Language: MessageCatalog]>([:])

  /// A catalog from JSON text (an object of id → template).
  public init(language: Language, json bytes: [UInt8]) throws {
    self.language = language
    self.texts = Texts(templates: try Self.templates(language, json: bytes))
  }

  /// This catalog with the messages of another module's catalog of the same language added: the
  /// operator's, which a bridge that embeds the library does not ship.
  package func adding(json bytes: [UInt8]) throws -> MessageCatalog {
    var catalog = self
    catalog.texts = Texts(templates: texts.templates.merging(try Self.templates(language, json: bytes)) { $1 })
    return catalog
  }

  /// The templates of JSON text, by id.
  private static func templates(_ language: Language, json bytes: [UInt8]) throws -> [String: Template] {
    guard let object = try JSONValue.parse(utf8: bytes).objectValue else {
      throw MessageCatalogError.malformed(language: language.rawValue, reason: "not an object")
    }
    var templates: [String: Template] = [:]
    for (id, value) in object.members {
      guard let text = value.stringValue else {
        throw MessageCatalogError.malformed(language: language.rawValue, reason: "\(id) is not a string")
      }
      templates[id] = Template(text)
    }
    return templates
  }

  /// The message ids of the catalog.
  public var ids: Set<String> { Set(texts.templates.keys) }

  /// The placeholder names of a message, or nil when the catalog lacks it.
  public func arguments(of id: String) -> Set<String>? {
    texts.templates[id].map { Set($0.placeholders) }
  }

  /// The text of a message with its arguments filled in (they were escaped as the message was made).
  ///
  /// A message the catalog lacks renders as its id, so a gap shows instead of crashing; the
  /// catalog tests make sure no shipped catalog has one.
  package func text(_ message: Message) -> SafeText {
    guard let template = texts.templates[message.id] else { return SafeText(escaping: message.id) }
    return template.render(message.arguments)
  }
}

extension MessageCatalog {
  /// Sentences joined the language's way: a space in English, nothing after `。` in Chinese.
  public func sentences(_ parts: [SafeText]) -> SafeText {
    parts.filter { !$0.isEmpty }.joined(separator: texts.sentenceSeparator)
  }

  /// Items of an inline list: `a, b` in English, `a、b` in Chinese; text items are escaped.
  public func list(_ items: [some SafeTextConvertible]) -> SafeText {
    var list = SafeText.empty
    for (index, item) in items.enumerated() {
      if index > 0 { list += texts.listSeparator }
      list += item.safeText
    }
    return list
  }

  /// Text in the language's parentheses: `(a)` or `（a）`; text is escaped.
  public func parenthesized(_ inner: some SafeTextConvertible) -> SafeText {
    text(.textParenthesized(text: inner))
  }
}

/// Why a message catalog could not be loaded.
public enum MessageCatalogError: Error, CustomStringConvertible {
  case missing(language: String)
  case malformed(language: String, reason: String)

  public var description: String {
    switch self {
    case .missing(let language): return "message catalog \(language) is missing from the installation"
    case .malformed(let language, let reason): return "message catalog \(language) is malformed: \(reason)"
    }
  }
}

/// The texts of a catalog, shared by its copies: every line's turn copies its catalog.
private final class Texts: Sendable {
  let templates: [String: Template]
  /// What `sentences(_:)` and `list(_:)` join with, looked up once.
  let sentenceSeparator: SafeText
  let listSeparator: SafeText

  init(templates: [String: Template]) {
    self.templates = templates
    sentenceSeparator = templates[Message.textSentenceSeparator.id]?.render([]) ?? " "
    listSeparator = templates[Message.textListSeparator.id]?.render([]) ?? ", "
  }
}

/// A message template split into literal text and placeholders.
private struct Template: Sendable {
  private enum Piece: Sendable {
    case literal(String)
    case placeholder(String)
  }

  private let pieces: [Piece]
  /// The UTF-8 length of the literal pieces, to size a rendering at once.
  private let literalBytes: Int

  init(_ text: String) {
    var pieces: [Piece] = []
    var rest = Substring(text)
    // Braces are found on the UTF-8 bytes: scanning Characters for them was most of the cost of
    // loading the catalogs at start-up.
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      let name = rest[rest.index(after: open)..<close]
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
        pieces.append(.literal(String(rest[...open])))
        rest = rest[rest.index(after: open)...]
        continue
      }
      if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
      pieces.append(.placeholder(String(name)))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { pieces.append(.literal(String(rest))) }
    self.pieces = pieces
    literalBytes = pieces.reduce(0) { count, piece in
      if case .literal(let text) = piece { return count + text.utf8.count }
      return count
    }
  }

  var placeholders: [String] {
    pieces.compactMap {
      if case .placeholder(let name) = $0 { return name }
      return nil
    }
  }

  /// The template filled in with arguments already escaped; the template itself is modelpin's own text.
  func render(_ arguments: [(name: String, value: SafeText)]) -> SafeText {
    if pieces.count == 1, case .literal(let text) = pieces[0] { return SafeText(verbatim: text) }
    var byteCount = literalBytes
    for piece in pieces {
      if case .placeholder(let name) = piece { byteCount += value(of: name, in: arguments).utf8.count }
    }
    // Copied into a string of the final size: appending piece by piece cost some 300
    // instructions a piece, most of a message's cost.
    let output = String(unsafeUninitializedCapacity: byteCount) { buffer in
      var end = 0
      for piece in pieces {
        switch piece {
        case .literal(let text): end = text.copyUTF8(into: buffer, at: end)
        case .placeholder(let name): end = value(of: name, in: arguments).copyUTF8(into: buffer, at: end)
        }
      }
      return end
    }
    return SafeText(verbatim: output)
  }

  /// The argument named `name`, else the placeholder as written.
  private func value(of name: String, in arguments: [(name: String, value: SafeText)]) -> String {
    arguments.first { $0.name == name }?.value.string ?? "{\(name)}"
  }
}
