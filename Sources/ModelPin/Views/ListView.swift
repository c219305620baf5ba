import SafeText

/// What a list view shows: its text and the data a bridge draws buttons from, or the error it
/// answers with, and how it changes the numbering `/model <n>` picks from. A value: the turn
/// makes the reply and records the numbering.
struct ListView {
  /// How the view changes the session's numbered list.
  enum Numbering {
    /// As before: a refused list numbers nothing new.
    case unchanged
    /// None: `/model <n>` picks from the unfiltered list again.
    case cleared
    /// This list.
    case shown(ShownList)
  }

  var text: SafeText
  var error: ReplyError?
  var items: [ListItem]?
  var page: ListPage?
  var providers: [ProviderSummary]?
  var numbering: Numbering

  init(
    text: SafeText, items: [ListItem]? = nil, page: ListPage? = nil, providers: [ProviderSummary]? = nil,
    numbering: Numbering
  ) {
    self.text = text
    self.items = items
    self.page = page
    self.providers = providers
    self.numbering = numbering
  }

  /// A refusal: the text is the error's message.
  init(failure code: ReplyError.Code, _ message: SafeText, suggestions: [String] = []) {
    self.init(text: message, numbering: .unchanged)
    error = ReplyError(code: code, message: message, suggestions: suggestions)
  }
}

extension Turn {
  /// The reply of a list view, after recording the numbering it shows.
  mutating func reply(_ view: ListView) throws -> Reply {
    switch view.numbering {
    case .unchanged: break
    case .cleared: interpreter.lastLists.withLock { $0[session] = nil }
    case .shown(let list): interpreter.lastLists.withLock { $0[session] = list }
    }
    var reply = try reply(.list, view.text, error: view.error, items: view.items)
    // Only when set: each detail set makes a new box of a reply's details.
    if let page = view.page { reply.page = page }
    if let providers = view.providers { reply.providers = providers }
    return reply
  }
}
