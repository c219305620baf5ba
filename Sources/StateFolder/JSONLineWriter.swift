/// Compact JSON written as it is produced, with no `JSONValue` tree in between: for output made
/// once per line and printed, such as a reply.
///
/// Calls follow the text: `beginObject()`, then `key(_:)` and a value for each member, then
/// `endObject()`; commas are placed by the writer.
///
/// ```swift
/// var writer = JSONLineWriter()
/// writer.beginObject()
/// writer.key("ok")
/// writer.bool(true)
/// writer.endObject()
/// writer.text  // {"ok":true}
/// ```
public struct JSONLineWriter: ~Copyable {
  @usableFromInline var output = JSONOutput(capacity: 512)
  /// Whether the next value or key follows another one and needs a comma.
  @usableFromInline var needsComma = false

  /// An empty writer.
  @inlinable
  public init() {}

  /// The UTF-8 text so far.
  public var bytes: [UInt8] { output.bytes }

  /// The text so far.
  public var text: String { output.text }

  /// Ends the line with a line break and lends its UTF-8 to `body`: for printing it as it is,
  /// with no array or string made of it.
  @inlinable
  public mutating func withLine<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    output.append(UInt8(ascii: "\n"))
    return try output.withBytes(body)
  }

  @inlinable
  public mutating func beginObject() { open(UInt8(ascii: "{")) }
  @inlinable
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  @inlinable
  public mutating func beginArray() { open(UInt8(ascii: "[")) }
  @inlinable
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// The key of the next member of an object: a name written in the code, which needs no escape.
  @inlinable
  public mutating func key(_ key: StaticString) {
    output.appendKey(key, separated: needsComma)
    needsComma = false
  }

  /// A string, or null.
  @inlinable
  public mutating func string(_ value: String?) {
    separate()
    if let value { JSONValue.writeString(value, to: &output) } else { output.append("null") }
    needsComma = true
  }

  /// An integer, or null.
  @inlinable
  public mutating func integer(_ value: Int64?) {
    separate()
    if let value { output.appendDecimal(value) } else { output.append("null") }
    needsComma = true
  }

  @inlinable
  public mutating func bool(_ value: Bool) {
    separate()
    output.append(value ? "true" : "false")
    needsComma = true
  }

  /// A number given as JSON number text, written as it is.
  public mutating func number(_ text: String) {
    separate()
    output.append(contentsOf: text)
    needsComma = true
  }

  /// A value given as compact JSON text, as `recordingValue(_:)` returned it: written as it is,
  /// unchecked, so only the package's own recorded values are given.
  @inlinable
  package mutating func json(_ text: [UInt8]) {
    separate()
    text.withUnsafeBufferPointer { output.append($0) }
    needsComma = true
  }

  /// Writes one value with `write` and returns its text: for a value that many lines share, to
  /// write it again with `json(_:)` instead of escaping its strings each time.
  package mutating func recordingValue(_ write: (inout JSONLineWriter) -> Void) -> [UInt8] {
    separate()
    needsComma = false
    let start = output.count
    write(&self)
    return output.bytes(from: start)
  }

  @inlinable
  mutating func open(_ bracket: UInt8) {
    separate()
    output.append(bracket)
    needsComma = false
  }

  @inlinable
  mutating func close(_ bracket: UInt8) {
    output.append(bracket)
    needsComma = true
  }

  @inlinable
  mutating func separate() {
    if needsComma { output.append(UInt8(ascii: ",")) }
  }
}
