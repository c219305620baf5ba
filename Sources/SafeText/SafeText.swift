/// Text that is safe to print: every character `DisplayCharacters` names is escaped in it, except
/// what modelpin wrote itself (its messages' templates, line breaks between the lines of a reply,
/// colour codes).
///
/// It is made only by escaping text (`init(escaping:)`), from a literal in the source, or by the
/// message catalogs from their templates, and it concatenates with other safe text only, so what
/// prints one (`Reply`, the command's output) cannot be handed text that was not escaped.
/// Interpolating a `String` into a `SafeText` literal escapes it:
///
/// ```swift
/// let key = "a\u{1B}[2Jb"
/// let line: SafeText = "unknown session \(key)"  // #"unknown session a\u{1B}[2Jb"#
/// ```
public struct SafeText: Sendable, Hashable, CustomStringConvertible {
  /// The text, ready to print.
  public fileprivate(set) var string: String

  /// Text modelpin wrote itself or already escaped, taken as it is: for the message catalogs,
  /// colour codes and line joins. Never for text from a user, a request or a file.
  package init(verbatim string: String) {
    self.string = string
  }

  /// `text` on one line: every escaped character, newline included, shown as `\n` or `\u{…}`.
  ///
  /// ```swift
  /// SafeText(escaping: "gpt\u{1B}[2J\n").string  // #"gpt\u{1B}[2J\n"#
  /// ```
  public init(escaping text: String) {
    string = DisplayCharacters.escaped(text, keepingNewlines: false)
  }

  /// `init(escaping:)` of any text, a `Substring` for one.
  public init<S: StringProtocol>(escaping text: S) {
    string = DisplayCharacters.escaped(text, keepingNewlines: false)
  }

  /// `text` that may span lines: as `init(escaping:)`, except that newlines are kept.
  ///
  /// ```swift
  /// SafeText(escapingLines: "one\ntwo\u{1B}").string  // "one\ntwo\\u{1B}"
  /// ```
  public init(escapingLines text: String) {
    string = DisplayCharacters.escaped(text, keepingNewlines: true)
  }

  /// `text` escaped, with `"` escaped too, between double quotes; shortened with `…` after
  /// `limit` characters when one is given. For errors that quote what they refuse, and for dumps.
  public static func quoted(_ text: some StringProtocol, limit: Int? = nil) -> SafeText {
    var shown = Substring(text)
    var cut = false
    if let limit,
      let end = shown.unicodeScalars.index(
        shown.unicodeScalars.startIndex, offsetBy: limit, limitedBy: shown.unicodeScalars.endIndex),
      end < shown.unicodeScalars.endIndex
    {
      shown = Substring(shown.unicodeScalars[..<end])
      cut = true
    }
    let inner = DisplayCharacters.escaped(shown, keepingNewlines: false).replacing("\"", with: #"\""#)
    return SafeText(verbatim: "\"" + inner + (cut ? "…" : "") + "\"")
  }

  /// No text.
  public static let empty = SafeText(verbatim: "")

  public var isEmpty: Bool { string.isEmpty }

  public var description: String { string }

  public static func + (lhs: SafeText, rhs: SafeText) -> SafeText {
    SafeText(verbatim: lhs.string + rhs.string)
  }

  /// Appends in place: views build their lines piece by piece.
  public static func += (lhs: inout SafeText, rhs: SafeText) {
    lhs.string += rhs.string
  }
}

extension SafeText: ExpressibleByStringInterpolation {
  /// A literal of the source, which modelpin wrote: taken as it is.
  public init(stringLiteral value: String) {
    string = value
  }

  public init(stringInterpolation: StringInterpolation) {
    string = stringInterpolation.string
  }

  /// The pieces of a `SafeText` literal: literals and safe text as they are, text escaped.
  public struct StringInterpolation: StringInterpolationProtocol {
    fileprivate var string = ""

    public init(literalCapacity: Int, interpolationCount: Int) {
      string.reserveCapacity(literalCapacity + 16 * interpolationCount)
    }

    public mutating func appendLiteral(_ literal: String) {
      string += literal
    }

    /// Safe text, as it is.
    public mutating func appendInterpolation(_ text: SafeText) {
      string += text.string
    }

    /// Text from outside, escaped on one line.
    public mutating func appendInterpolation(_ text: String) {
      string += DisplayCharacters.escaped(text, keepingNewlines: false)
    }

    /// Text from outside, escaped on one line.
    public mutating func appendInterpolation(_ text: Substring) {
      string += DisplayCharacters.escaped(text, keepingNewlines: false)
    }

    /// A number, in decimal digits.
    public mutating func appendInterpolation(_ number: some BinaryInteger) {
      string += String(number)
    }
  }
}

extension [SafeText] {
  /// The texts one after another, with `separator` between them. On arrays only, not generic:
  /// other modules call it on every reply, and a generic one would not be specialized for them.
  public func joined(separator: SafeText = .empty) -> SafeText {
    guard count > 1 else { return first ?? .empty }
    let byteCount = reduce((count - 1) * separator.string.utf8.count) { $0 + $1.string.utf8.count }
    let joined = String(unsafeUninitializedCapacity: byteCount) { buffer in
      var end = 0
      for (index, text) in enumerated() {
        if index > 0 { end = separator.string.copyUTF8(into: buffer, at: end) }
        end = text.string.copyUTF8(into: buffer, at: end)
      }
      return end
    }
    return SafeText(verbatim: joined)
  }
}
