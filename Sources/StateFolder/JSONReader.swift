import ByteWords

/// Why a JSON text did not parse, and where (1-based line and column, columns in characters).
///
/// The message says what was expected and quotes at most one character of the text, never a
/// key or a value: the files read hold secrets.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var line: Int
  public var column: Int

  public var description: String { "line \(line), column \(column): \(message)" }
}

extension JSONValue {
  /// Parses JSON text; with `json5`, also comments, trailing commas, unquoted keys,
  /// single-quoted strings, hexadecimal numbers, leading `+` or `.` in numbers, and JSON5's
  /// escapes. JSON5's `NaN` and `Infinity` (signed or not) read as `null`: JSON, which modelpin
  /// writes, has no such number, and a key that needs a number then says so.
  public static func parse(_ text: String, json5: Bool = false) throws(JSONParseError) -> JSONValue {
    try parse(utf8: Array(text.utf8), json5: json5)
  }

  /// Parses JSON from UTF-8 bytes; see `parse(_:json5:)`.
  public static func parse(utf8 bytes: [UInt8], json5: Bool = false) throws(JSONParseError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { (bytes) throws(JSONParseError) -> JSONValue in
      var reader = JSONReader(bytes: bytes, json5: json5)
      return try reader.readDocument()
    }
  }

  /// Parses JSON from UTF-8 bytes like `parse(utf8:json5:)`, but hands the members of a top-level
  /// object whose keys are among `names` to `member`, with the key's position in `names`, one by
  /// one in file order, instead of building a `JSONObject`: a caller that wants a few members
  /// then keeps no tree, and a plain key is matched as bytes, with no `String` made for it.
  ///
  /// `names` must be ASCII. The other members are read and checked, then dropped. A repeated key
  /// is handed over each time, so a caller that keeps the last value of each key sees what
  /// `JSONObject` keeps. The whole document is read and checked: a parse error after some
  /// members were handed over is thrown all the same, so the caller must drop what it was given
  /// then. Returns false, without calling `member`, when the document is JSON but not an object.
  public static func parseMembers(
    utf8 bytes: [UInt8], json5: Bool = false, named names: [StaticString],
    _ member: (_ name: Int, _ value: JSONValue) -> Void
  ) throws(JSONParseError) -> Bool {
    var repaired = false
    return try parseMembers(utf8: bytes, json5: json5, named: names, repaired: &repaired, member)
  }

  /// `parseMembers(utf8:json5:named:_:)` for text from a peer that must be exact (a request): a
  /// lone surrogate escape (`\ud800`, which JavaScript's `JSON.stringify` can write) reads as
  /// U+FFFD instead of failing the document, and so does invalid UTF-8; either sets `repaired`,
  /// so the caller can still read the other members (an `id`) and refuse the text.
  public static func parseMembers(
    utf8 bytes: [UInt8], json5: Bool = false, named names: [StaticString], repaired: inout Bool,
    _ member: (_ name: Int, _ value: JSONValue) -> Void
  ) throws(JSONParseError) -> Bool {
    let (isObject, wasRepaired) = try bytes.withUnsafeBufferPointer { (bytes) throws(JSONParseError) -> (Bool, Bool) in
      var reader = JSONReader(bytes: bytes, json5: json5)
      reader.repairsSurrogates = true
      let isObject = try reader.readMembersOfDocument(named: names, member)
      return (isObject, reader.repaired || !isValidUTF8(bytes))
    }
    repaired = wasRepaired
    return isObject
  }

  /// Whether the bytes are UTF-8: ASCII, the usual case, is checked eight bytes at a time.
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while bytes.count - index >= 8, UInt64(eightBytesAt: index, of: bytes).flaggingNonASCIIBytes == 0 { index += 8 }
    while index < bytes.count, bytes[index] < 0x80 { index += 1 }
    guard index < bytes.count else { return true }
    return String(validating: UnsafeBufferPointer(rebasing: bytes[index...]), as: UTF8.self) != nil
  }
}

/// A recursive-descent reader over UTF-8 bytes.
///
/// It reads through an unsafe buffer, which spares a bounds check on every byte: every read is
/// behind a check of `offset` against `bytes.count` (`peek()`, or an explicit test).
private struct JSONReader {
  /// Deeper documents are refused instead of exhausting the stack.
  static let maximumDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  let json5: Bool
  var offset = 0
  var depth = 0
  /// Whether a lone surrogate escape reads as U+FFFD, setting `repaired`, instead of failing.
  var repairsSurrogates = false
  var repaired = false

  init(bytes: UnsafeBufferPointer<UInt8>, json5: Bool) {
    self.bytes = bytes
    self.json5 = json5
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
  }

  mutating func readDocument() throws(JSONParseError) -> JSONValue {
    try beginDocument()
    let value = try readValue()
    try endDocument()
    return value
  }

  /// Reads the document, handing the members of a top-level object named in `names` to `member`;
  /// false when the document is not an object (it is read all the same, for its errors).
  mutating func readMembersOfDocument(
    named names: [StaticString], _ member: (Int, JSONValue) -> Void
  ) throws(JSONParseError) -> Bool {
    try beginDocument()
    let isObject = peek() == UInt8(ascii: "{")
    if isObject {
      try readMembers(
        keyedBy: { (reader) throws(JSONParseError) in try reader.readKey(among: names) },
        each: { name, value in if let name { member(name, value) } })
    } else {
      _ = try readValue()
    }
    try endDocument()
    return isObject
  }

  /// Skips to the first value, which must be there.
  mutating func beginDocument() throws(JSONParseError) {
    try skipBlanks()
    guard offset < bytes.count else { throw error("the file is empty") }
  }

  /// Checks that nothing but blanks follows the value.
  mutating func endDocument() throws(JSONParseError) {
    try skipBlanks()
    guard offset == bytes.count else { throw error("unexpected text after the end of the document") }
  }

  // MARK: - Values

  mutating func readValue() throws(JSONParseError) -> JSONValue {
    guard let byte = peek() else { throw error("unexpected end of file") }
    if json5, byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"), offset + 1 < bytes.count,
      bytes[offset + 1] == UInt8(ascii: "I") || bytes[offset + 1] == UInt8(ascii: "N")
    {
      offset += 1
      return try readValue()
    }
    switch byte {
    case UInt8(ascii: "{"): return try readObject()
    case UInt8(ascii: "["): return try readArray()
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "'") where json5: return .string(try readString())
    case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try readLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
    case UInt8(ascii: "+") where json5, UInt8(ascii: ".") where json5: return .number(try readNumber())
    case UInt8(ascii: "N") where json5: return try readLiteral("NaN", .null)
    case UInt8(ascii: "I") where json5: return try readLiteral("Infinity", .null)
    default: throw error("unexpected \(describe(byte))")
    }
  }

  mutating func readObject() throws(JSONParseError) -> JSONValue {
    var object = JSONObject()
    // Room for four made with the first member: an empty object (`{}`) allocates nothing.
    try readMembers(
      keyedBy: { (reader) throws(JSONParseError) in try reader.readKey() },
      each: { key, value in
        if object.isEmpty { object.reserveCapacity(4) }
        object.set(key, value)
      })
    return .object(object)
  }

  /// Reads an object from its `{` to its `}`, handing each member to `member` as it is read, with
  /// its key as `readKey` reads it.
  mutating func readMembers<Key>(
    keyedBy readKey: (inout JSONReader) throws(JSONParseError) -> Key,
    each member: (Key, JSONValue) throws(JSONParseError) -> Void
  ) throws(JSONParseError) {
    try enterNesting()
    offset += 1
    try skipBlanks()
    if peek() == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return
    }
    var isEmpty = true
    while true {
      try skipBlanks()
      if json5, peek() == UInt8(ascii: "}"), !isEmpty {
        offset += 1
        break
      }
      let key = try readKey(&self)
      try skipBlanks()
      // The key is not quoted: a hand edit that drops `"key":` leaves a secret in its place.
      guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
      offset += 1
      try skipBlanks()
      try member(key, try readValue())
      isEmpty = false
      try skipBlanks()
      guard let next = peek() else { throw error("unexpected end of file: an object is not closed") }
      offset += 1
      if next == UInt8(ascii: "}") { break }
      guard next == UInt8(ascii: ",") else {
        offset -= 1
        throw error("expected ',' or '}' after a value in an object")
      }
    }
    depth -= 1
  }

  mutating func readArray() throws(JSONParseError) -> JSONValue {
    try enterNesting()
    offset += 1
    var elements: [JSONValue] = []
    try skipBlanks()
    if peek() == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      try skipBlanks()
      if json5, peek() == UInt8(ascii: "]"), !elements.isEmpty {
        offset += 1
        break
      }
      elements.append(try readValue())
      try skipBlanks()
      guard let next = peek() else { throw error("unexpected end of file: an array is not closed") }
      offset += 1
      if next == UInt8(ascii: "]") { break }
      guard next == UInt8(ascii: ",") else {
        offset -= 1
        throw error("expected ',' or ']' after a value in an array")
      }
    }
    depth -= 1
    return .array(elements)
  }

  mutating func enterNesting() throws(JSONParseError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw error("nested deeper than \(Self.maximumDepth) levels")
    }
  }

  mutating func readKey() throws(JSONParseError) -> String {
    guard let byte = peek() else { throw error("unexpected end of file: expected a key") }
    if byte == UInt8(ascii: "\"") || (json5 && byte == UInt8(ascii: "'")) {
      return try readString()
    }
    guard json5, isIdentifierByte(byte) else { throw error("expected a quoted key, found \(describe(byte))") }
    let start = offset
    while let next = peek(), isIdentifierByte(next) { offset += 1 }
    return text(start..<offset)
  }

  /// Reads a key and returns the position of its name in `names` (which are ASCII), nil when it is
  /// none of them. Keys are compared as bytes, as `JSONObject` does: a quoted key without
  /// escapes, the usual case, as it stands; another once decoded.
  mutating func readKey(among names: [StaticString]) throws(JSONParseError) -> Int? {
    if peek() == UInt8(ascii: "\"") {
      let end = plainRunEnd(from: offset + 1, quote: UInt8(ascii: "\""))
      let key = UnsafeBufferPointer(rebasing: bytes[offset + 1..<end])
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        if let position = names.firstIndex(where: { Self.hasUTF8($0, key) }) {
          offset = end + 1
          return position
        }
        offset = end + 1
        return nil
      }
    }
    let key = try readKey()
    return names.firstIndex { "\($0)".hasSameBytes(as: key) }
  }

  /// Whether the UTF-8 of `name` is `bytes`.
  static func hasUTF8(_ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    name.withUTF8Buffer { name in
      name.count == bytes.count && (0..<name.count).allSatisfy { name[$0] == bytes[$0] }
    }
  }

  func isIdentifierByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"), 0x80...:
      return true
    default:
      return false
    }
  }

  mutating func readLiteral(_ word: StaticString, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
    let count = word.utf8CodeUnitCount
    guard bytes.count - offset >= count,
      word.withUTF8Buffer({ bytes[offset..<offset + count].elementsEqual($0) })
    else {
      throw error("unexpected \(describe(bytes[offset]))")
    }
    offset += count
    return value
  }

  // MARK: - Strings

  mutating func readString() throws(JSONParseError) -> String {
    let quote = bytes[offset]
    offset += 1
    let start = offset
    // Fast path: no escapes.
    offset = plainRunEnd(from: start, quote: quote)
    if offset < bytes.count, bytes[offset] == quote {
      offset += 1
      return text(start..<offset - 1)
    }
    if offset < bytes.count, bytes[offset] < 0x20 { throw error("a control character in a string: escape it") }
    var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == quote {
        offset += 1
        return String(decoding: scalars, as: UTF8.self)
      }
      if byte < 0x20 { throw error("a control character in a string: escape it") }
      if byte != UInt8(ascii: "\\") {
        scalars.append(byte)
        offset += 1
        continue
      }
      offset += 1
      guard let escaped = peek() else { break }
      offset += 1
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "'"): scalars.append(escaped)
      case UInt8(ascii: "b"): scalars.append(0x08)
      case UInt8(ascii: "f"): scalars.append(0x0C)
      case UInt8(ascii: "n"): scalars.append(0x0A)
      case UInt8(ascii: "r"): scalars.append(0x0D)
      case UInt8(ascii: "t"): scalars.append(0x09)
      case UInt8(ascii: "u"): scalars.append(contentsOf: Array(String(try readUnicodeEscape()).utf8))
      case _ where json5: try readJSON5Escape(escaped, into: &scalars)
      default:
        offset -= 1
        throw error("unknown escape \\\(describe(escaped))")
      }
    }
    throw error("unexpected end of file: a string is not closed")
  }

  /// The escapes JSON5 adds, `escaped` being the byte after the backslash (already read): `\v`,
  /// `\0`, `\xHH`, a line continuation (a backslash before a line break, which is dropped), and
  /// any other character but a digit, which stands for itself.
  mutating func readJSON5Escape(_ escaped: UInt8, into scalars: inout [UInt8]) throws(JSONParseError) {
    switch escaped {
    case UInt8(ascii: "v"): scalars.append(0x0B)
    case UInt8(ascii: "0") where !(peek().map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false):
      scalars.append(0)
    case UInt8(ascii: "x"):
      guard bytes.count - offset >= 2, let high = hexDigit(bytes[offset]), let low = hexDigit(bytes[offset + 1]) else {
        throw error("a \\x escape needs two hex digits")
      }
      offset += 2
      scalars.append(contentsOf: Array(String(Unicode.Scalar(UInt8(high << 4 | low))).utf8))
    case UInt8(ascii: "\n"): break
    case UInt8(ascii: "\r"): if peek() == UInt8(ascii: "\n") { offset += 1 }
    case 0xE2 where bytes.count - offset >= 2 && bytes[offset] == 0x80 && (bytes[offset + 1] | 1) == 0xA9:
      offset += 2  // U+2028 and U+2029, line breaks too
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      offset -= 1
      throw error("unknown escape \\\(describe(escaped))")
    default: scalars.append(escaped)
    }
  }

  /// The end of the plain text of a string from `start`: the position of its closing `quote`, of
  /// an escape, of a control character or of the end of the bytes, whichever comes first.
  ///
  /// Scans eight bytes at a time, then one at a time, in a local index that stays in a register.
  func plainRunEnd(from start: Int, quote: UInt8) -> Int {
    var end = start
    while bytes.count - end >= 8 {
      let word = UInt64(eightBytesAt: end, of: bytes)
      let stops =
        word.flaggingBytes(equalTo: quote) | word.flaggingBytes(equalTo: UInt8(ascii: "\\"))
        | word.flaggingBytes(below: 0x20)
      end += stops.firstFlaggedByte
      if stops != 0 { break }
    }
    while end < bytes.count, bytes[end] != quote, bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 {
      end += 1
    }
    return end
  }

  mutating func readUnicodeEscape() throws(JSONParseError) -> Character {
    let high = try readHex4()
    if (0xD800..<0xDC00).contains(high) {
      guard bytes.count - offset >= 6, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
      else { return try loneSurrogate() }
      let escapeStart = offset
      offset += 2
      let low = try readHex4()
      guard (0xDC00..<0xE000).contains(low) else {
        guard repairsSurrogates else { throw error("an invalid surrogate pair in \\u escape") }
        // The second escape is read again on its own.
        offset = escapeStart
        return try loneSurrogate()
      }
      let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      return Character(Unicode.Scalar(scalar)!)
    }
    guard let scalar = Unicode.Scalar(high) else { return try loneSurrogate() }
    return Character(scalar)
  }

  /// U+FFFD for a lone surrogate escape when repairing, else the error.
  mutating func loneSurrogate() throws(JSONParseError) -> Character {
    guard repairsSurrogates else { throw error("a lone surrogate in \\u escape") }
    repaired = true
    return "\u{FFFD}"
  }

  mutating func readHex4() throws(JSONParseError) -> UInt32 {
    guard bytes.count - offset >= 4 else { throw error("a \\u escape needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = hexDigit(bytes[offset]) else { throw error("a \\u escape needs four hex digits") }
      value = value << 4 | digit
      offset += 1
    }
    return value
  }

  func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  // MARK: - Numbers

  /// Reads a number and returns it as standard JSON number text.
  mutating func readNumber() throws(JSONParseError) -> String {
    let start = offset
    var sign = ""
    if peek() == UInt8(ascii: "-") || peek() == UInt8(ascii: "+") {
      if bytes[offset] == UInt8(ascii: "+") && !json5 { throw error("unexpected '+'") }
      if bytes[offset] == UInt8(ascii: "-") { sign = "-" }
      offset += 1
    }
    if json5, peek() == UInt8(ascii: "0"), offset + 1 < bytes.count,
      bytes[offset + 1] | 0x20 == UInt8(ascii: "x")
    {
      offset += 2
      var value: UInt64 = 0
      let digitsStart = offset
      while let byte = peek(), let digit = hexDigit(byte) {
        let (shifted, overflow) = value.multipliedReportingOverflow(by: 16)
        guard !overflow else { throw error("a hexadecimal number too large") }
        value = shifted | UInt64(digit)
        offset += 1
      }
      guard offset > digitsStart else { throw error("a hexadecimal number needs digits") }
      return sign + String(value)
    }
    var integerDigits = readDigits()
    var fraction = ""
    if peek() == UInt8(ascii: ".") {
      offset += 1
      fraction = readDigits()
      guard !fraction.isEmpty || (json5 && !integerDigits.isEmpty) else {
        throw error("a number needs digits after '.'")
      }
    }
    if integerDigits.isEmpty {
      guard json5, !fraction.isEmpty else {
        offset = start
        throw error("unexpected \(describe(bytes[start]))")
      }
      integerDigits = "0"
    }
    if integerDigits.count > 1, integerDigits.first == "0" {
      guard json5 else { throw error("a number with a leading zero") }
      // Kept as JSON text and written back as it is: `007` must become `7` to stay JSON.
      let significant = integerDigits.drop { $0 == "0" }
      integerDigits = significant.isEmpty ? "0" : String(significant)
    }
    var exponent = ""
    if let byte = peek(), byte | 0x20 == UInt8(ascii: "e") {
      offset += 1
      var exponentSign = ""
      if peek() == UInt8(ascii: "-") || peek() == UInt8(ascii: "+") {
        exponentSign = bytes[offset] == UInt8(ascii: "-") ? "-" : "+"
        offset += 1
      }
      let digits = readDigits()
      guard !digits.isEmpty else { throw error("a number needs digits in its exponent") }
      exponent = "e" + exponentSign + digits
    }
    return sign + integerDigits + (fraction.isEmpty ? "" : "." + fraction) + exponent
  }

  mutating func readDigits() -> String {
    let start = offset
    while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
    return text(start..<offset)
  }

  /// The bytes in `range` as text; invalid UTF-8 is repaired, as everywhere in the reader.
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  // MARK: - Blanks, comments and positions

  mutating func skipBlanks() throws(JSONParseError) {
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        offset += 1
      case UInt8(ascii: "/") where json5:
        try skipComment()
      default:
        return
      }
    }
  }

  mutating func skipComment() throws(JSONParseError) {
    guard offset + 1 < bytes.count else { throw error("unexpected '/'") }
    switch bytes[offset + 1] {
    case UInt8(ascii: "/"):
      while let byte = peek(), byte != UInt8(ascii: "\n") { offset += 1 }
    case UInt8(ascii: "*"):
      let start = offset
      offset += 2
      while offset + 1 < bytes.count, !(bytes[offset] == UInt8(ascii: "*") && bytes[offset + 1] == UInt8(ascii: "/")) {
        offset += 1
      }
      guard offset + 1 < bytes.count else {
        offset = start
        throw error("a comment is not closed")
      }
      offset += 2
    default:
      throw error("unexpected '/'")
    }
  }

  func peek() -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  func describe(_ byte: UInt8) -> String {
    (0x21..<0x7F).contains(byte)
      ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }

  func error(_ message: String) -> JSONParseError {
    var line = 1
    var lineStart = 0
    let end = min(offset, bytes.count)
    for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    let column = text(lineStart..<end).count + 1
    return JSONParseError(message: message, line: line, column: column)
  }
}
