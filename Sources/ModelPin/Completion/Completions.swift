import ModelCommand
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

  /// The candidates for the word that starts at `wordStart` (UTF-8 offset) and ends the line.
  ///
  /// libedit splits words at spaces and at `@`, so after `@` the word is the profile id alone.
  public func candidates(line: String, wordStart: Int) -> [String] {
    let utf8 = Array(line.utf8)
    let start = min(max(wordStart, 0), utf8.count)
    let before = String(decoding: utf8[..<start], as: UTF8.self)
    let word = String(decoding: utf8[start...], as: UTF8.self)
    let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if before.hasSuffix("@") {
      return profileCandidates(modelText: profileModelText(before), word: word)
    }
    guard let command = words.first?.lowercased() else {
      return matching(["/model", "/models"] + aliases.map { "/" + $0.lowercased() }, word)
    }
    switch (command, words.count) {
    case ("/model", 1), ("/model:", 1):
      return matching(["list", "status", "default", "reset"] + aliases.map { $0.lowercased() } + refs, word)
    case ("/models", 1):
      return matching(providers, word)
    case ("/model", 2) where words[1].lowercased() == "list":
      return matching(providers, word)
    default:
      return []
    }
  }

  /// The model typed before the `@`: the last word of the line up to it.
  private func profileModelText(_ before: String) -> String {
    let withoutAt = before.dropLast()
    return String(withoutAt.split(whereSeparator: { $0 == " " || $0 == "\t" }).last ?? "")
  }

  /// Profile ids starting with `word`, those of the model's provider first.
  private func profileCandidates(modelText: String, word: String) -> [String] {
    let provider = providerOfModel(modelText)
    let ids = profiles.filter { $0.provider == provider }.map(\.id)
      + profiles.filter { $0.provider != provider }.map(\.id)
    return matching(ids, word)
  }

  /// The candidates starting with `word`, once each. A candidate holding a control, bidi or
  /// invisible character is never offered: libedit would print it raw, and a command holding
  /// one is refused anyway.
  private func matching(_ candidates: [String], _ word: String) -> [String] {
    let lowered = word.lowercased()
    var seen = Set<String>()
    return candidates.filter {
      $0.lowercased().hasPrefix(lowered) && escapedForDisplay($0) == $0 && seen.insert($0).inserted
    }
  }
}
