import CLibPQ

/// A database as `--database` names it (spec §8): a libpq connection string (`host=db dbname=bridge`)
/// or URL (`postgres://user:secret@db/bridge`), plus modelpin's own `schema` parameter.
///
/// libpq refuses parameters it does not know, so `schema` is taken out before the text reaches
/// it. ``display`` names the server for messages, never with the password.
public struct DatabaseURL: Sendable, Equatable {
  /// The schema modelpin's tables live in when the URL names none.
  public static let defaultSchema = "modelpin"

  /// The text given, without `schema`: what libpq connects with.
  let connectionString: String
  /// The schema the tables live in, as PostgreSQL spells it (not quoted).
  public let schema: String
  /// The server, user and database for messages, e.g. `postgresql://bridge:***@db:5432/state`.
  public let display: String

  /// Reads `text`; nothing is connected.
  ///
  /// - Throws: `PostgresError` when libpq cannot be loaded or the text is not a connection string.
  public init(_ text: String) throws(PostgresError) {
    let (remainder, schema) = Self.takingSchema(from: text)
    let schemaName = schema ?? Self.defaultSchema
    guard !schemaName.isEmpty, schemaName.utf8.count <= 63, !schemaName.contains("\0") else {
      throw PostgresError(server: "the database URL", message: "the schema must be 1 to 63 bytes long")
    }
    let libpq = try LibPQ.loaded(for: "the database URL")
    var failure: UnsafeMutablePointer<CChar>?
    guard let options = libpq.conninfoParse(remainder, &failure) else {
      let reason = failure.map { String(cString: $0) } ?? "not a connection string"
      if let failure { libpq.freemem(failure) }
      throw PostgresError(server: "the database URL", message: "invalid: " + PostgresError.oneLine(reason))
    }
    defer { libpq.conninfoFree(options) }
    var values: [String: String] = [:]
    var option = options
    while let keyword = option.pointee.keyword {
      if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
      option += 1
    }
    connectionString = remainder
    self.schema = schemaName
    display = Self.display(values, schema: schemaName)
  }

  /// `schema` as an SQL identifier, quoted.
  var quotedSchema: String { "\"" + schema.replacing("\"", with: "\"\"") + "\"" }

  /// The server as `postgresql://user:***@host:port/database`, with only what the text gave.
  private static func display(_ values: [String: String], schema: String) -> String {
    var text = "postgresql://"
    if let user = values["user"], !user.isEmpty {
      text += user + (values["password"] != nil ? ":***" : "") + "@"
    } else if values["password"] != nil {
      text += ":***@"
    }
    text += values["host"] ?? values["hostaddr"] ?? ""
    if let port = values["port"] { text += ":" + port }
    text += "/" + (values["dbname"] ?? "")
    if schema != defaultSchema { text += "?schema=" + schema }
    return text
  }

  /// The text without its `schema` parameter, and that parameter's value.
  static func takingSchema(from text: String) -> (String, String?) {
    if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
      guard let question = text.firstIndex(of: "?") else { return (text, nil) }
      var schema: String?
      var kept: [Substring] = []
      for parameter in text[text.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false) {
        if parameter.hasPrefix("schema=") {
          schema = percentDecoded(parameter.dropFirst("schema=".count))
        } else {
          kept.append(parameter)
        }
      }
      let base = String(text[..<question])
      return (kept.isEmpty ? base : base + "?" + kept.joined(separator: "&"), schema)
    }
    var schema: String?
    var kept: [String] = []
    for token in keywordTokens(text) {
      if token.hasPrefix("schema=") {
        var value = token.dropFirst("schema=".count)
        if value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 { value = value.dropFirst().dropLast() }
        schema = String(value).replacing("\\'", with: "'").replacing("\\\\", with: "\\")
      } else {
        kept.append(token)
      }
    }
    return schema == nil ? (text, nil) : (kept.joined(separator: " "), schema)
  }

  /// The `keyword=value` tokens of a connection string: split at spaces outside single quotes.
  private static func keywordTokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    var quoted = false
    var escaped = false
    for character in text {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        current.append(character)
        escaped = true
      } else if character == "'" {
        current.append(character)
        quoted.toggle()
      } else if character.isWhitespace, !quoted {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  private static func percentDecoded(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    var index = text.utf8.startIndex
    let utf8 = text.utf8
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "%"), let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
        high < utf8.endIndex, let low = utf8.index(high, offsetBy: 1, limitedBy: utf8.endIndex), low < utf8.endIndex,
        let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        index = utf8.index(after: low)
      } else {
        bytes.append(byte)
        index = utf8.index(after: index)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
