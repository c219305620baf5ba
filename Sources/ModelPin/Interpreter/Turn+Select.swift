import AuthProfiles
import ModelCatalog
import ModelCommand
import SafeText
import SessionState

extension Turn {
  /// `/model <ref>[@profile]` and `/<alias>` (spec §4.2, §4.3).
  mutating func select(typed: String, profile: String?) throws -> Reply {
    switch selection.resolve(typed) {
    case .selected(let ref, _) where profile?.lowercased() == Self.automaticProfile:
      return try select(ref, profile: .automatic)
    case .selected(let ref, _):
      return try select(ref, profile: profile.map(ProfileChoice.user) ?? .unchanged)
    case .ambiguous(let candidates):
      interpreter.lastLists.withLock { $0[session] = .candidates(candidates) }
      let items = listItems(candidates[...])
      let message = messages.text(.errorAmbiguousModel(model: typed))
      return try failure(
        .select, .ambiguousModel, message, suggestions: candidates.map(\.key), items: items,
        extraText: renderItems(items) + "\n" + messages.text(.listFooter))
    case .unknown(let suggestions):
      let message = messages.sentences([
        messages.text(.errorUnknownModel(model: typed)),
        suggestions.isEmpty ? .empty : messages.text(.errorDidYouMean(suggestions: messages.list(suggestions))),
        messages.text(.errorSeeModelList),
      ])
      return try failure(.select, .unknownModel, message, suggestions: suggestions)
    }
  }

  /// `/model <n>`: item n of this session's last list, else of the unfiltered list.
  mutating func select(number: Int) throws -> Reply {
    let list = interpreter.lastLists.withLock { $0[session] } ?? .models(provider: nil)
    guard let ref = list.item(number, in: selection) else {
      let count = list.count(in: selection)
      let message = messages.text(.errorInvalidSelection(number: String(number), count: String(count)))
      return try failure(.select, .invalidSelection, message)
    }
    return try select(ref, profile: .unchanged)
  }

  /// `/model default` or `/model reset`: drops both pins.
  mutating func reset() throws -> Reply {
    let events = pins.reset(to: selection.defaultModel)
    ownChanged = true
    return try reply(.reset, messages.sentences(events.map(sentence(for:))))
  }

  /// What `@auto` names instead of a profile: the automatic choice (a profile id has a `:`).
  static let automaticProfile = "auto"

  /// Pins `ref` and applies `profile` to the profile pin, or answers why `@profile` may not be pinned.
  private mutating func select(_ ref: ModelRef, profile: ProfileChoice) throws -> Reply {
    if case .user(let id) = profile, let refusal = PinState.refusal(ofPinning: id, for: ref, facts) {
      return try failure(refusal, profile: id, for: ref)
    }
    let events = pins.select(ref, profile: profile, facts)
    ownChanged = true
    let route = route()
    var lines = [messages.sentences(events.map(sentence(for:)))]
    if route.credential == nil { lines.append(noCredentialWarning(for: route.provider)) }
    if let unpin = coolingUserPinHint(route) { lines.append(unpin) }
    return try reply(.select, lines.joined(separator: "\n"), route: route)
  }

  /// The reply refusing to pin profile `id` for `ref`.
  private mutating func failure(_ refusal: PinRefusal, profile id: String, for ref: ModelRef) throws -> Reply {
    switch refusal {
    case .unknownProfile:
      let suggestions = profileSuggestions(for: id, provider: ref.provider)
      let message = messages.sentences([
        messages.text(.errorUnknownProfile(profile: id)),
        suggestions.isEmpty ? .empty : messages.text(.errorDidYouMean(suggestions: messages.list(suggestions))),
        messages.text(.errorSeeModelStatus),
      ])
      return try failure(.select, .unknownProfile, message, suggestions: suggestions)
    case .otherProvider(let profileProvider):
      let message = messages.text(
        .errorProfileProviderMismatch(
          profile: id, profileProvider: profileProvider, model: ref.key, provider: ref.provider))
      return try failure(.select, .profileProviderMismatch, message)
    case .notInOrder(let order):
      let message = messages.text(
        .errorProfileNotInOrder(
          profile: id, provider: ref.provider, order: messages.list(order),
          command: SuggestedCommand.setOrder(
            provider: ref.provider, profiles: order + [id], flags: workspace.stateFlags
          )
          .description))
      return try failure(.select, .profileNotInOrder, message)
    case .expired:
      let message = messages.text(
        .errorProfileUnusable(
          profile: id,
          command: SuggestedCommand.pasteToken(provider: ref.provider, profile: id, flags: workspace.stateFlags)
            .description))
      return try failure(.select, .profileUnusable, message)
    }
  }

  /// Up to three profile ids close to a mistyped one, those of the model's provider first.
  private func profileSuggestions(for typed: String, provider: String) -> [String] {
    let lowered = typed.lowercased()
    let scored = store.profiles.compactMap { profile -> (String, Int)? in
      let id = profile.id.lowercased()
      let name = id.split(separator: ":", maxSplits: 1).last.map(String.init) ?? id
      var score = 0
      if id.hasPrefix(lowered) || lowered.hasPrefix(id) { score += 3 }
      if name == lowered || name.hasPrefix(lowered) || lowered.hasSuffix(":" + name) { score += 3 }
      let typed = Array(lowered.unicodeScalars)
      if EditDistance.between(Array(id.unicodeScalars), typed, limit: 2) != nil
        || EditDistance.between(Array(name.unicodeScalars), typed, limit: 2) != nil
      {
        score += 2
      }
      guard score > 0 else { return nil }
      if profile.provider == provider { score += 1 }
      return (profile.id, score)
    }
    return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
  }
}
