import ModelCommand
import SafeText

/// Tab completion for the REPL: a pure function of the line and what can be chosen (spec §7.1).
public struct Completions: Sendable {
  /// Aliases, as configured (`Opus`); completed in lowercase.
  public var aliases: [String]
  /// Selectable model refs (`anthropic/claude-opus-4-6`).
  public var refs: [String]
  /// Providers of selectable models, for `/model list <provider>`.
  public var providers: [String]
  /// Auth profile ids with their providers, in store order.
  public var profiles: [(id: String, provider: String)]
  /// The provider a typed model text resolves to, if any.
  public var providerOfModel: @Sendable (String) -> String?

  public init(
    aliases: [String], refs: [String], providers: [String], profiles: [(id: String, provider: String)],
    providerOfModel: @escaping @Sendable (String) -> String?
  ) {
    self.aliases = aliases
    self.refs = refs
    self.providers = providers
    self.profiles = profiles
    self.providerOfModel = providerOfModel
  }

  /// What may replace the word that starts at `wordStart` (a UTF-8 offset) in `line`, the text
  /// before the cursor.
  ///
  /// Candidates are found for the whole argument under the cursor, then cut to the word, so they
  /// fit wherever the line editor breaks words: libedit breaks at `@`, so after `sonnet@` its word
  /// is the profile alone, and after `flash@google:me@` only what follows the second `@`.
  ///
  /// A line holding a control, bidi or invisible character gets none: a candidate repeats what
  /// was typed, and libedit would print it raw (such a command is refused anyway).
  public func candidates(line: String, wordStart: Int) -> [String] {
    guard DisplayCharacters.isPrintable(line) else { return [] }
    let bytes = Array(line.utf8)
    let argumentStart =
      bytes.lastIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).map { $0 + 1 } ?? 0
    let words = String(decoding: bytes[..<argumentStart], as: UTF8.self)
      .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let argument = String(decoding: bytes[argumentStart...], as: UTF8.self)
    let cut = min(max(wordStart, 0), bytes.count)
    return argumentCandidates(argument, after: words).compactMap { candidate in
      let completedLine = bytes[..<argumentStart] + Array(candidate.utf8)
      guard completedLine.count >= cut else { return nil }
      return String(validating: completedLine[cut...], as: UTF8.self)
    }
  }

  /// The candidates for the argument that follows `words`, each replacing it whole.
  private func argumentCandidates(_ argument: String, after words: [String]) -> [String] {
    guard let first = words.first?.lowercased() else {
      return matching(["/model", "/models"] + aliases.map { "/" + $0.lowercased() }, argument)
    }
    let command = first.hasSuffix(":") ? String(first.dropLast()) : first
    switch (command, words.count) {
    case ("/model", 1):
      if let at = profileDelimiter(in: argument) {
        let model = String(argument[..<at])
        return profileCandidates(model: model, typed: String(argument[argument.index(after: at)...]))
          .map { model + "@" + $0 }
      }
      return matching(["list", "status", "default", "reset"] + aliases.map { $0.lowercased() } + refs, argument)
    case ("/models", _):
      return listCandidates(argument, after: words.dropFirst())
    case ("/model", 2...) where words[1].lowercased() == "list":
      return listCandidates(argument, after: words.dropFirst(2))
    default:
      return []
    }
  }

  /// What may come next in a list (`[provider] [page] [limit=N] [all]`, in this order) after
  /// `typed`: providers, the pages past the first at 20 a page, `limit=` and `all`.
  private func listCandidates(_ argument: String, after typed: ArraySlice<String>) -> [String] {
    var provider: String?
    var next = 0
    for word in typed.map({ $0.lowercased() }) {
      if word == "all" {
        next = 4
      } else if word.hasPrefix("limit=") {
        next = 3
      } else if !word.isEmpty, word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber) {
        next = 2
      } else if next == 0 {
        provider = word
        next = 1
      } else {
        return []
      }
    }
    var options: [String] = []
    if next == 0 { options += providers }
    if next <= 1 {
      let models = provider.map { provider in refs.count { $0.lowercased().hasPrefix(provider + "/") } } ?? refs.count
      let pages = (models + Self.pageSize - 1) / Self.pageSize
      if pages > 1 { options += (2...pages).map(String.init) }
    }
    if next <= 2 { options.append("limit=") }
    if next <= 3 { options.append("all") }
    return matching(options, argument)
  }

  /// Items a list page holds by default, as the interpreter pages them.
  private static let pageSize = 20

  /// The `@` that starts the profile, as in spec §4.1: the first after the last `/` that does not
  /// start that segment and is not a date suffix (`claude-haiku-4-5@20251001@…`).
  private func profileDelimiter(in argument: String) -> String.Index? {
    let segmentStart = argument.lastIndex(of: "/").map(argument.index(after:)) ?? argument.startIndex
    var searchFrom = segmentStart
    while let at = argument[searchFrom...].firstIndex(of: "@") {
      searchFrom = argument.index(after: at)
      let after = argument[searchFrom...]
      let isDate =
        after.prefix(8).count == 8 && after.prefix(8).allSatisfy { ("0"..."9").contains($0) }
        && after.dropFirst(8).first == "@"
      if at != segmentStart && !isDate { return at }
    }
    return nil
  }

  /// Profile ids starting with `typed`: those of the model's provider, or every one when none of
  /// those fits (another provider's profile gets its own error once entered); then `auto` once
  /// something is typed, so that Tab right after `@` still fills in the profiles' common prefix.
  private func profileCandidates(model: String, typed: String) -> [String] {
    let provider = providerOfModel(model)
    let own = matching(profiles.filter { $0.provider == provider }.map(\.id), typed)
    return (own.isEmpty ? matching(profiles.map(\.id), typed) : own) + (typed.isEmpty ? [] : matching(["auto"], typed))
  }

  /// The candidates starting with `word`, once each. A candidate holding a control, bidi or
  /// invisible character is never offered: libedit would print it raw, and a command holding
  /// one is refused anyway.
  private func matching(_ candidates: [String], _ word: String) -> [String] {
    let lowered = word.lowercased()
    var seen = Set<String>()
    return candidates.filter {
      $0.lowercased().hasPrefix(lowered) && DisplayCharacters.isPrintable($0) && seen.insert($0).inserted
    }
  }
}
