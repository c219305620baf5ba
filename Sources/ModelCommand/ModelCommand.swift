import SafeText

/// A position in a command's normalized text: a half-open range of UTF-8 byte offsets into
/// `ModelCommand.text`, which is the line after NFKC normalization and trimming.
public typealias SourceRange = Range<Int>

/// A command of the `/model` family, with the positions of its parts.
///
/// Positions are UTF-8 byte offsets into `text`, not into the line as typed: for
/// `／ｍｏｄｅｌ　ｏｐｕｓ` the model is at `7..<11` of `/model opus`.
public struct ModelCommand: Sendable, Equatable {
  /// What the command asks for.
  public var action: Action
  /// The command as recognized: the line NFKC-normalized and trimmed. Every range indexes it.
  public var text: String
  /// `/model`, `/models` or `/<alias>` (without a trailing `:`).
  public var nameRange: SourceRange
  /// The keyword `list`, `status`, `default` or `reset`.
  public var keywordRange: SourceRange?
  /// The argument token: the model with its `@profile`, the number, or the list's provider.
  public var argumentRange: SourceRange?
  /// The model part of a `select`.
  public var modelRange: SourceRange?
  /// The profile part of a `select`, after the `@`.
  public var profileRange: SourceRange?

  /// The whole command: all of `text`.
  public var range: SourceRange { 0..<text.utf8.count }

  /// Creates a command; the ranges index `text`.
  public init(
    action: Action, text: String, nameRange: SourceRange, keywordRange: SourceRange? = nil,
    argumentRange: SourceRange? = nil, modelRange: SourceRange? = nil, profileRange: SourceRange? = nil
  ) {
    self.action = action
    self.text = text
    self.nameRange = nameRange
    self.keywordRange = keywordRange
    self.argumentRange = argumentRange
    self.modelRange = modelRange
    self.profileRange = profileRange
  }

  /// What a command asks for (spec §4.1).
  public enum Action: Sendable, Equatable {
    /// `/model`: the current route, the default and how to switch.
    case show
    /// `/models` alone: the providers, how many models each has and whether it has a credential.
    case providers
    /// `/model list [provider] [page] [limit=N] [all]`, `/models <provider> [page] [limit=N] [all]`:
    /// one page of the numbered list, optionally of one provider.
    case list(provider: String?, paging: ListPaging = ListPaging())
    /// `/model status`: the full view.
    case status
    /// `/model default` or `/model reset`: drop the model pin and the profile pin.
    case reset
    /// `/model 3`: an item of the last list; absurdly large numbers are clamped to `Int.max`.
    case selectNumber(Int)
    /// `/model opus@anthropic:work`: a model, optionally with a profile to pin.
    case select(model: String, profile: String?)
    /// `/sonnet`: a configured alias, as typed (after NFKC).
    case aliasShortcut(String)
  }
}

extension ModelCommand: CustomDebugStringConvertible {
  /// A one-line dump with positions, e.g.
  /// `select "/model opus@work" @0..<16 name@0..<6 argument@7..<16 model="opus"@7..<11 profile="work"@12..<16`.
  public var debugDescription: String {
    var parts = [action.dumpName, SafeText.quoted(text).string, "@\(range)", "name@\(nameRange)"]
    if let keywordRange { parts.append("keyword@\(keywordRange)") }
    switch action {
    case .list(let provider, let paging):
      if let provider { parts.append("provider=\(SafeText.quoted(provider).string)@\(argumentRange.dumped)") }
      if let page = paging.page { parts.append("page=\(page)") }
      if let limit = paging.limit { parts.append("limit=\(limit)") }
      if paging.all { parts.append("all") }
    case .select(let model, let profile):
      parts.append("argument@\(argumentRange.dumped)")
      parts.append("model=\(SafeText.quoted(model).string)@\(modelRange.dumped)")
      if let profile { parts.append("profile=\(SafeText.quoted(profile).string)@\(profileRange.dumped)") }
    case .selectNumber:
      parts.append("argument@\(argumentRange.dumped)")
    case .show, .providers, .status, .reset, .aliasShortcut:
      break
    }
    return parts.joined(separator: " ")
  }
}

extension ModelCommand.Action {
  /// The action's name in a dump, with its value when the parts do not show it.
  fileprivate var dumpName: String {
    switch self {
    case .show: "show"
    case .providers: "providers"
    case .list: "list"
    case .status: "status"
    case .reset: "reset"
    case .selectNumber(let number): "selectNumber \(number)"
    case .select: "select"
    case .aliasShortcut(let alias): "aliasShortcut \(SafeText.quoted(alias).string)"
    }
  }
}

extension SourceRange? {
  /// A range in a dump; `none` marks a part whose range is missing.
  fileprivate var dumped: String { map(\.description) ?? "none" }
}

/// Which page of a list a command asks for (spec §4.5): `[page] [limit=N] [all]`, as typed.
public struct ListPaging: Sendable, Equatable {
  /// The page number typed, from 1 (clamped to `Int.max`); nil for the first page.
  public var page: Int?
  /// The `limit=N` typed (clamped to `Int.max`); nil for the default size.
  public var limit: Int?
  /// Whether `all` asks for every item on one page.
  public var all: Bool

  public init(page: Int? = nil, limit: Int? = nil, all: Bool = false) {
    self.page = page
    self.limit = limit
    self.all = all
  }
}
