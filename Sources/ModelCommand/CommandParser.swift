import Foundation

/// Reads chat lines and tells `/model` commands from chat (spec §3, §4.1). Pure: no I/O, no state.
///
/// ```swift
/// let parser = CommandParser(aliases: ["opus", "sonnet"])
/// parser.parse("/model sonnet@anthropic:work")  // .command: select sonnet, profile anthropic:work
/// parser.parse("/sonnet")                        // .command: aliasShortcut("sonnet")
/// parser.parse("please use /model gpt")          // .chat with hint modelCommandNotAtStart
/// ```
///
/// A line is read in this order:
/// 1. More than `maximumLineBytes` bytes, or not UTF-8: `invalid_input`.
/// 2. Trimmed of whitespace (Unicode White_Space, so a CRLF ending or U+3000 goes) and, for
///    recognition, NFKC-normalized: `／ｍｏｄｅｌ　ｌｉｓｔ` is `/model list`. An empty or blank line is chat.
/// 3. It starts with `/model` or `/models` in any case, followed by the end, whitespace, `:` or a
///    control character: a `/model` command (`CommandSyntax`). Else, the whole line is `/` and a
///    configured alias in any case, with an optional `:` right after it: an alias shortcut.
///    `/sonnet@work` and `/sonnet now` are chat: the shortcut takes nothing after it.
/// 4. A command longer than `maximumCommandBytes` once normalized, or with a character that
///    `escapedForDisplay(_:)` escapes (tab excepted), is `invalid_input`.
/// 5. Anything else is chat, with hints: `CommandSuggestion` at the start of the line,
///    `LaterModelMention` after it.
///
/// A chat line is never normalized as a whole: see `LineNormalization`.
public struct CommandParser: Sendable {
  /// The longest line, in UTF-8 bytes as received: 1 MiB.
  public static let maximumLineBytes = 1_048_576
  /// The longest command, in UTF-8 bytes after normalization: 1 KiB.
  public static let maximumCommandBytes = 1_024
  /// NFKC shrinks UTF-8 at most this much (a 4-byte mathematical letter becomes one ASCII byte).
  private static let largestShrink = 4

  /// The aliases, NFKC-normalized and lowercased.
  private let aliases: Set<String>
  /// The longest alias, in UTF-8 bytes.
  private let longestAlias: Int

  /// Creates a parser that knows the alias names for the `/<alias>` shortcut.
  ///
  /// - Parameter aliases: the alias names, matched case-insensitively after NFKC. An alias named
  ///   `model` or `models` is shadowed by the commands.
  public init(aliases: some Sequence<String> = []) {
    let names = aliases.map { $0.precomposedStringWithCompatibilityMapping.lowercased() }.filter { !$0.isEmpty }
    self.aliases = Set(names)
    self.longestAlias = names.map(\.utf8.count).max() ?? 0
  }

  /// Reads one line (without its line terminator, though a trailing CR or LF is trimmed anyway).
  public func parse(_ line: String) -> ParsedLine {
    let count = line.utf8.count
    guard count <= Self.maximumLineBytes else { return .invalid(ParseError(.lineTooLong(bytes: count))) }
    var line = line
    return line.withUTF8(classify)
  }

  /// Reads one line of raw bytes from a pipe or socket; invalid UTF-8 gives `.invalid` with
  /// code `invalid_input`.
  public func parse<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> ParsedLine {
    let count = bytes.count
    guard count <= Self.maximumLineBytes else { return .invalid(ParseError(.lineTooLong(bytes: count))) }
    guard let line = String(validating: bytes, as: UTF8.self) else { return .invalid(ParseError(.invalidUTF8)) }
    return parse(line)
  }

  private func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedLine {
    let line = LineNormalization.trimmed(bytes)
    guard !line.isEmpty else { return .chat(ChatLine()) }
    var hints: [ChatHint] = []
    // Only `/` and the full-width solidus become a `/` under NFKC, so any other first character
    // makes the line chat without normalizing anything.
    let first = UTF8Scalars.decode(bytes, at: line.lowerBound).scalar
    if first == "/" || first == "\u{FF0F}" {
      let start = LineNormalization.withHead(of: bytes, line: line) { head, isWhole in
        if let nameLength = CommandSyntax.nameLength(in: head, isWhole: isWhole) {
          return LineStart.modelCommand(nameLength: nameLength)
        }
        return .other(suggestion: CommandSuggestion.hint(head: head, isWhole: isWhole, isAlias: isAlias))
      }
      switch start {
      case .modelCommand(let nameLength):
        return modelCommand(bytes, line: line, nameLength: nameLength)
      case .other(let suggestion):
        if let alias = aliasShortcut(bytes, line: line) { return alias }
        if let suggestion { hints.append(suggestion) }
      }
    }
    if LaterModelMention.isPresent(in: bytes, line: line) { hints.append(.modelCommandNotAtStart) }
    return .chat(ChatLine(hints: hints))
  }

  /// What the start of a line says it is.
  private enum LineStart {
    case modelCommand(nameLength: Int)
    case other(suggestion: ChatHint?)
  }

  private func isAlias(_ name: String) -> Bool {
    aliases.contains(name.lowercased())
  }

  private func modelCommand(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, nameLength: Int) -> ParsedLine {
    guard line.count <= Self.maximumCommandBytes * Self.largestShrink else {
      return .invalid(ParseError(.commandTooLong(bytes: line.count)))
    }
    let text = LineNormalization.normalized(bytes, in: line)
    if let error = Self.commandError(in: text) { return .invalid(error) }
    return CommandSyntax.parse(text, nameLength: nameLength)
  }

  /// The alias shortcut the whole line spells, if any.
  private func aliasShortcut(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> ParsedLine? {
    // `/`, the alias and `:`, each at most `largestShrink` times longer before normalization.
    guard !aliases.isEmpty, line.count <= (longestAlias + 2) * Self.largestShrink else { return nil }
    let text = LineNormalization.normalized(bytes, in: line)
    guard text.utf8.first == UInt8(ascii: "/") else { return nil }
    var name = Substring(text.utf8.dropFirst())
    if !isAlias(String(name)), name.utf8.last == UInt8(ascii: ":") { name = name.dropLast() }
    guard isAlias(String(name)) else { return nil }
    if let error = Self.commandError(in: text) { return .invalid(error) }
    let command = ModelCommand(
      action: .aliasShortcut(String(name)), text: text, nameRange: 0..<1 + name.utf8.count)
    return .command(command)
  }

  /// A normalized command that is too long or holds a control character.
  private static func commandError(in text: String) -> ParseError? {
    let count = text.utf8.count
    guard count <= maximumCommandBytes else { return ParseError(.commandTooLong(bytes: count)) }
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if scalar != "\t", DisplayEscaping.isEscaped(scalar) {
        return ParseError(.controlCharacter(scalar: scalar.value), range: offset..<offset + width)
      }
      offset += width
    }
    return nil
  }
}
