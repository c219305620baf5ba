import SafeText

/// The `/model` command family (spec §4.1), read from a command's normalized, trimmed text.
///
/// `grammars/model-command.abnf` is the source of truth; in short, after `/model` and an optional
/// `:` come spaces or tabs and one argument token (`ArgumentToken`):
/// - nothing: `show`; `/models` with nothing: `providers`, the overview;
/// - `list [provider] [page] [limit=N] [all]`, `/models provider [page] [limit=N] [all]`: `list`
///   (the provider is one token, taken as typed; the parts in this order, each optional);
/// - `status`; `default` or `reset`: `reset` (keywords in any case);
/// - ASCII digits only: `selectNumber`, clamped to `Int.max`;
/// - any other token: `select`, split at its `@profile` (`ProfileSplit`).
///
/// Decisions where the spec is silent:
/// - The `:` must follow the name directly: `/model:list`, `/model: sonnet` and `/models:` are
///   commands; in `/model :list` the token is `:list`.
/// - `/models list` is the list of provider `list`, as `/models [provider]` says; but a word of
///   digits is a page and `all` or `limit=N` an option, never a provider. `/models 2` and
///   `/models all` page through every provider's models.
/// - The list's parts come in the order the spec writes them; any other word, or one repeated, is
///   trailing text (`/models openai all 2` leaves `2`).
/// - A token that starts with `@` and has no `/` is a profile with no model (`@p`, and `@` alone
///   with an empty profile); `@preset/kimi` is a model.
/// - A keyword with a profile (`list@p`, `LIST@p`) and a list provider with a profile
///   (`list openai@p`, `/models openai@p`) are `profile_requires_model`; `3@p` is a `select` of
///   the model `3`, since only a bare number picks from the list.
/// - A problem in the token is reported before text left after it.
/// - Trailing text is everything from the first non-space after the token: `/model opus!` leaves
///   `!`, `/model openai/` leaves `/`, `/model 日本語 x` leaves `x` (the CJK text is the token).
enum CommandSyntax {
  /// The length of the command name at the start of `head` (6 for `/model`, 7 for `/models`, any
  /// case) when it is followed by the end, whitespace, `:` or a control character; else nil.
  ///
  /// A control character ends the name so that `/model\u{1B}…` is rejected as `invalid_input`
  /// rather than passed on as chat. When `head` is not the whole line and ends too early to tell
  /// (which only a flood of combining marks could cause), the answer is nil: not a command.
  static func nameLength(in head: UnsafeBufferPointer<UInt8>, isWhole: Bool) -> Int? {
    guard head.count >= 6, head[0] == UInt8(ascii: "/"),
      zip(head[1..<6], "model".utf8).allSatisfy({ $0 | 0x20 == $1 })
    else { return nil }
    if endsName(head, at: 6, isWhole: isWhole) { return 6 }
    if head.count > 6, head[6] | 0x20 == UInt8(ascii: "s"), endsName(head, at: 7, isWhole: isWhole) { return 7 }
    return nil
  }

  private static func endsName(_ head: UnsafeBufferPointer<UInt8>, at index: Int, isWhole: Bool) -> Bool {
    guard index < head.count else { return isWhole }
    let scalar = UTF8Scalars.decode(head, at: index).scalar
    return scalar == ":" || LineNormalization.isWhitespace(scalar) || DisplayCharacters.isEscaped(scalar)
  }

  /// Reads the command in `text`, whose first `nameLength` bytes are `/model` or `/models`.
  static func parse(_ text: String, nameLength: Int) -> ParsedLine {
    Reader(text: text, name: 0..<nameLength).read()
  }
}

/// The keywords of the `/model` family.
private enum Keyword {
  case list, status, reset

  /// The keyword spelled by `bytes` in any case, if any.
  init?(_ bytes: ArraySlice<UInt8>) {
    func spells(_ word: String) -> Bool {
      bytes.count == word.utf8.count && zip(bytes, word.utf8).allSatisfy { $0 | 0x20 == $1 }
    }
    if spells("list") {
      self = .list
    } else if spells("status") {
      self = .status
    } else if spells("default") || spells("reset") {
      self = .reset
    } else {
      return nil
    }
  }
}

/// One pass over a command's text.
private struct Reader {
  let text: String
  let bytes: [UInt8]
  let name: Range<Int>

  init(text: String, name: Range<Int>) {
    self.text = text
    self.bytes = Array(text.utf8)
    self.name = name
  }

  func read() -> ParsedLine {
    var index = name.upperBound
    if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
    index = skipSpaces(from: index)
    let isModels = name.count == 7
    guard index < bytes.count else { return command(isModels ? .providers : .show) }
    let token = index..<ArgumentToken.end(in: bytes, from: index)
    guard !token.isEmpty else { return trailingText(from: index) }
    if isModels { return list(keyword: nil, from: index) }
    if let profile = bareProfile(token) { return profileRequiresModel(profile, token: token) }
    let (model, profile) = ProfileSplit.split(bytes, token: token)
    if let keyword = Keyword(bytes[model]) {
      if let profile { return profileRequiresModel(profile, token: token) }
      switch keyword {
      case .list:
        let next = skipSpaces(from: token.upperBound)
        guard next > token.upperBound || next == bytes.count else { return trailingText(from: next) }
        return list(keyword: token, from: next)
      case .status:
        return ending(after: token, command(.status, keyword: token))
      case .reset:
        return ending(after: token, command(.reset, keyword: token))
      }
    }
    if profile == nil, let number = number(in: model) {
      return ending(after: token, command(.selectNumber(number), argument: token))
    }
    let action = ModelCommand.Action.select(model: string(model), profile: profile.map(string))
    return ending(after: token, command(action, argument: token, model: model, profile: profile))
  }

  /// A list, after its keyword if any: `[provider] [page] [limit=N] [all]` from `start`, each
  /// part optional but in this order, words separated by spaces. A token of ASCII digits is the
  /// page, `all` (any case) and `limit=N` are options, never providers; text glued to one is
  /// trailing text, as after any token.
  private func list(keyword: Range<Int>?, from start: Int) -> ParsedLine {
    enum Part: Int { case provider, page, limit, all, none }
    var next = Part.provider
    var provider: Range<Int>?
    var paging = ListPaging()
    var index = start
    while index < bytes.count {
      let token = index..<ArgumentToken.end(in: bytes, from: index)
      guard !token.isEmpty else { return trailingText(from: index) }
      var end = token.upperBound
      if next.rawValue <= Part.page.rawValue, let page = number(in: token) {
        paging.page = page
        next = .limit
      } else if next.rawValue <= Part.limit.rawValue, let (limit, limitEnd) = limitOption(token) {
        paging.limit = limit
        end = limitEnd
        next = .all
      } else if next.rawValue <= Part.all.rawValue, spells(token, "all") {
        paging.all = true
        next = .none
      } else if next == .provider {
        if let profile = bareProfile(token) ?? ProfileSplit.split(bytes, token: token).profile {
          return profileRequiresModel(profile, token: token)
        }
        provider = token
        next = .page
      } else {
        return trailingText(from: index)
      }
      index = skipSpaces(from: end)
      guard index > end || index == bytes.count else { return trailingText(from: index) }
    }
    let action = ModelCommand.Action.list(provider: provider.map(string), paging: paging)
    return command(action, keyword: keyword, argument: provider)
  }

  /// `limit=N` starting with `token` (which holds `limit`, any case): N clamped to `Int.max`, and
  /// where the option ends.
  private func limitOption(_ token: Range<Int>) -> (Int, Int)? {
    guard spells(token, "limit"), token.upperBound < bytes.count, bytes[token.upperBound] == UInt8(ascii: "=") else {
      return nil
    }
    let digitsStart = token.upperBound + 1
    let digitsEnd =
      bytes[digitsStart...].firstIndex { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      ?? bytes.count
    guard digitsEnd > digitsStart, let limit = number(in: digitsStart..<digitsEnd) else { return nil }
    return (limit, digitsEnd)
  }

  /// Whether `token` spells the ASCII `word` in any case.
  private func spells(_ token: Range<Int>, _ word: String) -> Bool {
    token.count == word.utf8.count && zip(bytes[token], word.utf8).allSatisfy { $0 | 0x20 == $1 }
  }

  /// The profile of a token that starts with `@` and has no `/`.
  private func bareProfile(_ token: Range<Int>) -> Range<Int>? {
    guard bytes[token.lowerBound] == UInt8(ascii: "@"), !bytes[token].contains(UInt8(ascii: "/")) else {
      return nil
    }
    return token.lowerBound + 1..<token.upperBound
  }

  /// The value of a token of ASCII digits, clamped to `Int.max`.
  private func number(in range: Range<Int>) -> Int? {
    let digits = bytes[range]
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
    var value = 0
    for digit in digits {
      let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowAgain) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
      if overflow || overflowAgain { return Int.max }
      value = sum
    }
    return value
  }

  /// `result` when only spaces follow `token`, else the trailing text.
  private func ending(after token: Range<Int>, _ result: ParsedLine) -> ParsedLine {
    let next = skipSpaces(from: token.upperBound)
    return next == bytes.count ? result : trailingText(from: next)
  }

  /// The index of the first byte at or after `index` that is not a space, tab or U+1680.
  private func skipSpaces(from index: Int) -> Int {
    var index = index
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      guard LineNormalization.isWhitespace(scalar) else { break }
      index += length
    }
    return index
  }

  private func string(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  private func command(
    _ action: ModelCommand.Action, keyword: Range<Int>? = nil, argument: Range<Int>? = nil,
    model: Range<Int>? = nil, profile: Range<Int>? = nil
  ) -> ParsedLine {
    .command(
      ModelCommand(
        action: action, text: text, nameRange: name, keywordRange: keyword, argumentRange: argument,
        modelRange: model, profileRange: profile))
  }

  private func trailingText(from index: Int) -> ParsedLine {
    let leftover = SafeText(escaping: string(index..<bytes.count)).string
    return .invalid(ParseError(.trailingText(leftover: leftover), range: index..<bytes.count))
  }

  private func profileRequiresModel(_ profile: Range<Int>, token: Range<Int>) -> ParsedLine {
    .invalid(ParseError(.profileRequiresModel(profile: string(profile)), range: token))
  }
}
