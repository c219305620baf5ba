import ModelCatalog
import ModelCommand

extension Turn {
  /// `/model list [provider]` and `/models [provider]`: the numbered selectable models (spec §4.5).
  mutating func list(provider: String?) throws -> Reply {
    let filter = provider.map(ProviderName.normalized)
    let refs = selection.list(provider: filter).map(\.ref)
    interpreter.lastLists.withLock { $0[session] = refs }
    let items = listItems(refs)
    let header =
      filter.map {
        messages.text(.listHeaderProvider, ["provider": escapedForDisplay($0), "count": String(items.count)])
      }
      ?? messages.text(.listHeader, ["count": String(items.count)])
    let lines = items.isEmpty ? [header] : [header, renderItems(items), messages.text(.listFooter)]
    return try reply(.list, lines.joined(separator: "\n"), items: items)
  }

  /// Numbered items for refs, marking the current and default models and providers without credentials.
  func listItems(_ refs: [ModelRef]) -> [ListItem] {
    let current = routedModel
    var credentialByProvider: [String: Bool] = [:]
    return refs.enumerated().map { index, ref in
      let hasCredential = credentialByProvider[ref.provider] ?? self.hasCredential(for: ref.provider)
      credentialByProvider[ref.provider] = hasCredential
      return ListItem(
        number: index + 1, ref: ref.key, aliases: selection.aliases(of: ref), isCurrent: ref == current,
        isDefault: ref == selection.defaultModel, hasCredential: hasCredential)
    }
  }

  /// One line per item: `  3. anthropic/claude-sonnet-4-5 (Sonnet) [current]`.
  func renderItems(_ items: [ListItem]) -> String {
    let width = String(items.count).count
    return items.map { item in
      var marks: [String] = []
      if item.isCurrent { marks.append(messages.text(.markCurrent)) }
      if item.isDefault { marks.append(messages.text(.markDefault)) }
      if !item.hasCredential { marks.append(messages.text(.markNoCredential)) }
      let number = String(repeating: " ", count: width - String(item.number).count) + String(item.number)
      var line = "  \(number). \(escapedForDisplay(item.ref))"
      if !item.aliases.isEmpty {
        line += " " + messages.parenthesized(messages.list(item.aliases.map(escapedForDisplay)))
      }
      if !marks.isEmpty { line += " [" + messages.list(marks) + "]" }
      return line
    }.joined(separator: "\n")
  }
}
