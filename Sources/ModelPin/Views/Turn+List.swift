import ModelCatalog
import ModelCommand
import SafeText
import StateFolder

extension Turn {
  /// Items a page holds when no `limit=N` is given (spec §4.5).
  static let defaultPageSize = 20
  /// The largest `limit=N` honoured; a larger one shows this many.
  static let maximumPageSize = 100

  /// `/models` alone: each provider with how many models it has and whether it has a credential,
  /// and how to open one (spec §4.1).
  func providersView() -> ListView {
    let summaries = selection.providers.map { provider in
      ProviderSummary(
        provider: provider, models: selection.list(provider: provider).count,
        hasCredential: facts.hasCredential(for: provider))
    }
    let lines = summaries.map { summary in
      let line =
        summary.models == 1
        ? messages.text(.listProviderOneModel(provider: summary.provider))
        : messages.text(.listProviderModels(provider: summary.provider, count: String(summary.models)))
      return "  " + line + (summary.hasCredential ? "" : " [" + messages.text(.listMarkNoCredential) + "]")
    }
    let text: SafeText = [
      messages.text(.listProvidersHeader(count: String(summaries.count))), lines.joined(separator: "\n"),
      messages.text(.listProvidersFooter(example: selection.defaultModel.provider)),
    ].joined(separator: "\n")
    // The overview numbers nothing: `/model <n>` picks from the unfiltered list again.
    return ListView(text: text, providers: summaries, numbering: .cleared)
  }

  /// `/model list [provider] [page] [limit=N] [all]` and `/models <provider> …`: one page of the
  /// numbered selectable models (spec §4.5).
  func listView(provider typed: String?, paging: ListPaging) -> ListView {
    var provider: String?
    if let typed {
      let name = ProviderName.normalized(typed)
      guard !selection.list(provider: name).isEmpty else { return unknownProvider(typed) }
      provider = name
    }
    let models = selection.list(provider: provider)
    let size =
      paging.all ? max(models.count, 1) : min(max(paging.limit ?? Self.defaultPageSize, 1), Self.maximumPageSize)
    let pageCount = (models.count + size - 1) / size
    let number = paging.page ?? 1
    guard number >= 1, number <= pageCount else {
      let message = messages.text(.errorInvalidPage(page: String(number), count: String(pageCount)))
      return ListView(failure: .invalidSelection, message)
    }
    let first = (number - 1) * size
    let shown = models.dropFirst(first).prefix(size)
    let items = listItems(shown.map(\.ref)[...], firstNumber: first + 1)
    let page = ListPage(number: number, count: pageCount, size: size, total: models.count, provider: provider)
    var lines = [header(of: page, lastNumber: first + items.count), renderItems(items)]
    if number < pageCount { lines.append(messages.text(.listNextPage(command: nextPageCommand(page, paging)))) }
    lines.append(messages.text(.listFooter))
    return ListView(
      text: lines.joined(separator: "\n"), items: items, page: page, numbering: .shown(.models(provider: provider)))
  }

  /// `unknown_provider`: up to three providers close to the typed one, and every known provider.
  private func unknownProvider(_ typed: String) -> ListView {
    let suggestions = ProviderName.suggestions(for: typed, among: selection.providers)
    let message = messages.sentences([
      messages.text(.errorUnknownProvider(provider: typed)),
      suggestions.isEmpty ? .empty : messages.text(.errorDidYouMean(suggestions: messages.list(suggestions))),
      messages.text(.errorKnownProviders(providers: messages.list(selection.providers))),
    ])
    return ListView(failure: .unknownProvider, message, suggestions: suggestions)
  }

  /// `Models (openai): 1–20 of 34, page 1 of 2`.
  private func header(of page: ListPage, lastNumber: Int) -> SafeText {
    let first = String((page.number - 1) * page.size + 1)
    let (last, total, number, pages) = (String(lastNumber), String(page.total), String(page.number), String(page.count))
    guard let provider = page.provider else {
      return messages.text(.listHeader(first: first, last: last, total: total, page: number, pages: pages))
    }
    return messages.text(
      .listHeaderProvider(provider: provider, first: first, last: last, total: total, page: number, pages: pages))
  }

  /// The command that shows the page after `page`, with the size asked for when it is not the default.
  private func nextPageCommand(_ page: ListPage, _ paging: ListPaging) -> String {
    var words = page.provider.map { ["/models", $0] } ?? ["/model", "list"]
    words.append(String(page.number + 1))
    if page.size != Self.defaultPageSize { words.append("limit=\(page.size)") }
    return words.joined(separator: " ")
  }

  /// Numbered items for refs, from `firstNumber`, marking the current and default models and
  /// providers without credentials.
  func listItems(_ refs: ArraySlice<ModelRef>, firstNumber: Int = 1) -> [ListItem] {
    let current = routedModel
    var credentialByProvider: [String: Bool] = [:]
    return refs.enumerated().map { index, ref in
      let hasCredential = credentialByProvider[ref.provider] ?? facts.hasCredential(for: ref.provider)
      credentialByProvider[ref.provider] = hasCredential
      return ListItem(
        number: firstNumber + index, ref: ref.key, aliases: selection.aliases(of: ref), isCurrent: ref == current,
        isDefault: ref == selection.defaultModel, hasCredential: hasCredential)
    }
  }

  /// One line per item: `  3. anthropic/claude-sonnet-4-5 (Sonnet) [current]`.
  func renderItems(_ items: [ListItem]) -> SafeText {
    let width = String(items.last?.number ?? 0).count
    return items.map { item in
      var marks: [SafeText] = []
      if item.isCurrent { marks.append(messages.text(.listMarkCurrent)) }
      if item.isDefault { marks.append(messages.text(.listMarkDefault)) }
      if !item.hasCredential { marks.append(messages.text(.listMarkNoCredential)) }
      let number = String(repeating: " ", count: width - String(item.number).count) + String(item.number)
      var line: SafeText = "  \(number). \(item.ref)"
      if !item.aliases.isEmpty {
        line += " " + messages.parenthesized(messages.list(item.aliases))
      }
      if !marks.isEmpty { line += " [" + messages.list(marks) + "]" }
      return line
    }.joined(separator: "\n")
  }
}
