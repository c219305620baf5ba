import Foundation
import SafeText

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
///    `DisplayCharacters` escapes (tab excepted), is `invalid_input`.
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
  /// The longest alias, in UTF-8 bytes once normalized.
  private let longestAlias: Int
  /// The raw bytes a line's head covers: any line short enough to be `/`, an alias and `:`
  /// (each at most `largestShrink` times longer before normalization) is normalized whole.
  private let headBytes: Int

  /// Creates a parser that knows the alias names for the `/<alias>` shortcut.
  ///
  /// - Parameter aliases: the alias names, matched case-insensitively after NFKC. An alias named
  ///   `model` or `models` is shadowed by the commands.
  public init(aliases: some Sequence<String> = []) {
    let names = aliases.map { $0.precomposedStringWithCompatibilityMapping.lowercased() }.filter { !$0.isEmpty }
    self.aliases = Set(names)
    self.longestAlias = names.map(\.utf8.count).max() ?? 0
    self.headBytes = max(LineNormalization.headBytes, (longestAlias + 2) * Self.largestShrink)
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
    // Contiguous bytes (arrays, buffers, `Data`) validate several times faster than a sequence.
    let contiguous = bytes.withContiguousStorageIfAvailable { String(validating: $0, as: UTF8.self) }
    guard let line = contiguous ?? String(validating: bytes, as: UTF8.self) else {
      return .invalid(ParseError(.invalidUTF8))
    }
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
      let start = LineNormalization.withHead(of: bytes, line: line, minimumBytes: headBytes) { head, isWhole in
        lineStart(head: head, isWhole: isWhole)
      }
      switch start {
      case .modelCommand(let nameLength, let text?):
        return Self.modelCommand(text, nameLength: nameLength)
      case .modelCommand(let nameLength, nil):
        guard line.count <= Self.maximumCommandBytes * Self.largestShrink else {
          return .invalid(ParseError(.commandTooLong(bytes: line.count)))
        }
        return Self.modelCommand(LineNormalization.normalized(bytes, in: line), nameLength: nameLength)
      case .aliasShortcut(let command):
        return command
      case .other(let suggestion):
        if let suggestion { hints.append(suggestion) }
      }
    }
    if LaterModelMention.isPresent(in: bytes, line: line) { hints.append(.modelCommandNotAtStart) }
    return .chat(ChatLine(hints: hints))
  }

  /// What the start of a line says it is.
  private enum LineStart {
    /// A `/model` command, with the line's normalized text when the head is all of it.
    case modelCommand(nameLength: Int, text: String?)
    case aliasShortcut(ParsedLine)
    case other(suggestion: ChatHint?)
  }

  private func lineStart(head: UnsafeBufferPointer<UInt8>, isWhole: Bool) -> LineStart {
    if let nameLength = CommandSyntax.nameLength(in: head, isWhole: isWhole) {
      return .modelCommand(nameLength: nameLength, text: isWhole ? String(decoding: head, as: UTF8.self) : nil)
    }
    // A head that is not the whole line is longer than any alias shortcut.
    if isWhole, let command = aliasShortcut(in: head) { return .aliasShortcut(command) }
    return .other(suggestion: CommandSuggestion.hint(head: head, isWhole: isWhole, isAlias: isAlias))
  }

  private func isAlias(_ name: String) -> Bool {
    aliases.contains(name.lowercased())
  }

  private static func modelCommand(_ text: String, nameLength: Int) -> ParsedLine {
    if let error = commandError(in: text) { return .invalid(error) }
    return CommandSyntax.parse(text, nameLength: nameLength)
  }

  /// The alias shortcut that the normalized `line` spells, if any.
  private func aliasShortcut(in line: UnsafeBufferPointer<UInt8>) -> ParsedLine? {
    guard line.count <= longestAlias + 2, line.first == UInt8(ascii: "/") else { return nil }
    var name = String(decoding: UnsafeBufferPointer(rebasing: line[1...]), as: UTF8.self)
    if !isAlias(name), name.utf8.last == UInt8(ascii: ":") { name.removeLast() }
    guard isAlias(name) else { return nil }
    let text = String(decoding: line, as: UTF8.self)
    if let error = Self.commandError(in: text) { return .invalid(error) }
    return .command(ModelCommand(action: .aliasShortcut(name), text: text, nameRange: 0..<1 + name.utf8.count))
  }

  /// A normalized command that is too long or holds a control character.
  private static func commandError(in text: String) -> ParseError? {
    let count = text.utf8.count
    guard count <= maximumCommandBytes else { return ParseError(.commandTooLong(bytes: count)) }
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if scalar != "\t", DisplayCharacters.isEscaped(scalar) {
        return ParseError(.controlCharacter(scalar: scalar.value), range: offset..<offset + width)
      }
      offset += width
    }
    return nil
  }
}
