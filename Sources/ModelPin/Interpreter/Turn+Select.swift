import AuthProfiles
import ModelCatalog
import ModelCommand
import SessionState

extension Turn {
  /// `/model <ref>[@profile]` and `/<alias>` (spec §4.2, §4.3).
  mutating func select(typed: String, profile: String?) throws -> Reply {
    switch selection.resolve(typed) {
    case .selected(let ref, _) where profile?.lowercased() == Self.automaticProfile:
      return try select(ref, profile: nil, automatic: true)
    case .selected(let ref, _):
      return try select(ref, profile: profile)
    case .ambiguous(let candidates):
      interpreter.lastLists.withLock { $0[session] = .candidates(candidates) }
      let items = listItems(candidates[...])
      let message = messages.text(.errorAmbiguousModel, ["model": escapedForDisplay(typed)])
      return try failure(
        .select, .ambiguousModel, message, suggestions: candidates.map { escapedForDisplay($0.key) }, items: items,
        extraText: renderItems(items) + "\n" + messages.text(.listFooter))
    case .unknown(let found):
      let suggestions = found.map(escapedForDisplay)
      let message = messages.sentences([
        messages.text(.errorUnknownModel, ["model": escapedForDisplay(typed)]),
        suggestions.isEmpty ? "" : messages.text(.didYouMean, ["suggestions": messages.list(suggestions)]),
        messages.text(.seeModelList),
      ])
      return try failure(.select, .unknownModel, message, suggestions: suggestions)
    }
  }

  /// `/model <n>`: item n of this session's last list, else of the unfiltered list.
  mutating func select(number: Int) throws -> Reply {
    let list = interpreter.lastLists.withLock { $0[session] } ?? .models(provider: nil)
    guard let ref = list.item(number, in: selection) else {
      let count = list.count(in: selection)
      let message = messages.text(.errorInvalidSelection, ["number": String(number), "count": String(count)])
      return try failure(.select, .invalidSelection, message)
    }
    return try select(ref, profile: nil)
  }

  /// `/model default` or `/model reset`: drops both pins.
  mutating func reset() throws -> Reply {
    var sentences = [messages.text(.resetDone, ["model": escapedForDisplay(selection.defaultModel.key)])]
    if let pin = profilePin, pin.source == .user {
      sentences.append(messages.text(.profilePinDropped, ["profile": escapedForDisplay(pin.id)]))
    }
    own = SessionPins()
    ownChanged = true
    return try reply(.reset, messages.sentences(sentences))
  }

  /// What `@auto` names instead of a profile: the automatic choice (a profile id has a `:`).
  static let automaticProfile = "auto"

  /// Pins `ref`, with `profile` as a user pin when given; `automatic` drops any profile pin, so
  /// the route chooses again (`@auto`).
  private mutating func select(_ ref: ModelRef, profile: String?, automatic: Bool = false) throws -> Reply {
    if let profile, let refusal = try refusal(of: profile, for: ref) { return refusal }
    let isDefault = ref == selection.defaultModel
    var sentences = [
      isDefault
        ? messages.text(.resetDone, ["model": escapedForDisplay(ref.key)])
        : messages.text(.selectModelSet, ["model": modelLabel(ref)])
    ]
    let previous = profilePin
    own.model = isDefault ? nil : ref.key
    if automatic {
      own.profile = nil
      own.profileSource = nil
      sentences.append(messages.text(.selectProfileAuto))
    } else if let profile {
      own.profile = profile
      own.profileSource = .user
      sentences.append(messages.text(.selectProfileSet, ["profile": escapedForDisplay(profile)]))
    } else if let previous {
      let previousProvider = store.provider(ofProfile: previous.id)
      if previousProvider == ref.provider {
        own.profile = previous.id
        own.profileSource = previous.source
        if previous.source == .user {
          sentences.append(messages.text(.selectProfileKept, ["profile": escapedForDisplay(previous.id)]))
        }
      } else {
        own.profile = nil
        own.profileSource = nil
        if previous.source == .user {
          sentences.append(
            messages.text(
              .selectProfileDropped,
              [
                "profile": escapedForDisplay(previous.id), "provider": escapedForDisplay(previousProvider ?? "?"),
                "newProvider": escapedForDisplay(ref.provider),
              ]))
        }
      }
    }
    ownChanged = true
    let route = try route(saving: true)
    var lines = [messages.sentences(sentences)]
    if route.credential == nil { lines.append(noCredentialWarning(for: route.provider)) }
    if let unpin = coolingUserPinHint(route) { lines.append(unpin) }
    return try reply(.select, lines.joined(separator: "\n"), route: route)
  }

  /// The first §4.3 check `@profile` fails, as a reply; nil when the profile may be pinned.
  private mutating func refusal(of id: String, for ref: ModelRef) throws -> Reply? {
    let shown = escapedForDisplay(id)
    guard let profile = store.profile(id) else {
      let suggestions = profileSuggestions(for: id, provider: ref.provider)
      let message = messages.sentences([
        messages.text(.errorUnknownProfile, ["profile": shown]),
        suggestions.isEmpty ? "" : messages.text(.didYouMean, ["suggestions": messages.list(suggestions)]),
        messages.text(.seeModelStatus),
      ])
      return try failure(.select, .unknownProfile, message, suggestions: suggestions)
    }
    guard profile.provider == ref.provider else {
      let message = messages.text(
        .errorProfileProviderMismatch,
        [
          "profile": shown, "profileProvider": escapedForDisplay(profile.provider),
          "model": escapedForDisplay(ref.key), "provider": escapedForDisplay(ref.provider),
        ])
      return try failure(.select, .profileProviderMismatch, message)
    }
    if let explicit = explicitOrder(for: ref.provider), !explicit.contains(id) {
      let message = messages.text(
        .errorProfileNotInOrder,
        [
          "profile": shown, "provider": escapedForDisplay(ref.provider),
          "order": messages.list(explicit.map(escapedForDisplay)),
          "command": escapedForDisplay(
            SuggestedCommand.setOrder(provider: ref.provider, profiles: explicit + [id], flags: workspace.stateFlags)
              .description),
        ])
      return try failure(.select, .profileNotInOrder, message)
    }
    if profile.health(now: now) == .expired {
      let message = messages.text(
        .errorProfileUnusable,
        [
          "profile": shown,
          "command": escapedForDisplay(
            SuggestedCommand.pasteToken(provider: ref.provider, profile: id, flags: workspace.stateFlags).description),
        ])
      return try failure(.select, .profileUnusable, message)
    }
    return nil
  }

  /// The provider's explicit order as written: the store's, else the config's.
  func explicitOrder(for provider: String) -> [String]? {
    if let stored = store.explicitOrder(for: provider) { return stored }
    return workspace.config.authOrder.first { ProviderName.normalized($0.key) == provider }?.value
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
    return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3).map { escapedForDisplay($0.0) }
  }

  /// `Sonnet (anthropic/claude-sonnet-4-5)`, or the ref alone when it has no alias.
  func modelLabel(_ ref: ModelRef) -> String {
    guard let alias = selection.aliases(of: ref).first else { return escapedForDisplay(ref.key) }
    return messages.text(.modelWithAlias, ["alias": escapedForDisplay(alias), "model": escapedForDisplay(ref.key)])
  }
}
