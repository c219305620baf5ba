import AuthProfiles
import ModelCatalog
import ModelCommand
import SafeText
import StateFolder

extension Turn {
  /// Answers a parsed line.
  mutating func handle(_ parsed: ParsedLine, sender: String?) throws -> Reply {
    switch parsed {
    case .invalid(let error):
      return try failure(.invalid, ReplyError.Code(error.code), parseErrorMessage(error))
    case .chat(let chat):
      return try chatReply(chat)
    case .command(let command):
      guard isAuthorized(sender) else {
        return try failure(command.action.replyKind, .notAuthorized, messages.text(.errorNotAuthorized))
      }
      return try handle(command.action)
    }
  }

  private mutating func handle(_ action: ModelCommand.Action) throws -> Reply {
    switch action {
    case .show:
      let route = route()
      return try reply(.show, showText(route), route: route)
    case .providers: return try reply(providersView())
    case .list(let provider, let paging): return try reply(listView(provider: provider, paging: paging))
    case .status:
      let route = route()
      return try reply(.status, statusText(route), route: route)
    case .reset: return try reset()
    case .selectNumber(let number): return try select(number: number)
    case .select(let model, let profile): return try select(typed: model, profile: profile)
    case .aliasShortcut(let alias): return try select(typed: alias, profile: nil)
    }
  }

  /// Spec §7.4: with `commands.allowFrom` set, only its senders may command; no sender is the owner.
  private func isAuthorized(_ sender: String?) -> Bool {
    guard let allowed = workspace.config.allowFrom, let sender else { return true }
    return allowed.contains(sender)
  }

  /// A chat line changes no pin; its reply states the route, with hints for misplaced commands.
  private mutating func chatReply(_ chat: ChatLine) throws -> Reply {
    let hints = chat.hints.map { hint -> SafeText in
      switch hint {
      case .modelCommandNotAtStart: return messages.text(.hintModelNotAtStart)
      case .didYouMean(let typed, let suggestion):
        return messages.text(.hintDidYouMean(typed: typed, suggestion: suggestion))
      }
    }
    let (route, text) = chatRoute()
    var body = text
    for hint in hints { body += "\n" + hint }
    return try reply(.chat, body, hint: hints.isEmpty ? nil : messages.sentences(hints), route: route)
  }

  /// The route of a chat line and what its reply says of it before any hint: as kept for these
  /// pins while it holds (`ChatRoutes`), else decided and put into words now.
  private mutating func chatRoute() -> (route: Route, text: SafeText) {
    // Pins dropped as the turn began are owed a notice and a write: not a kept answer's case.
    let key = ownChanged ? nil : ChatRoutes.Key(pins: pins, language: messages.language)
    if let key, let known = interpreter.chatRoutes.withLock({ $0.answer(for: key, store: store, now: now) }) {
      if known.movesAutoPin {
        pins.pinProfile(known.route.profile.map { ProfilePin(id: $0, source: .auto) })
        ownChanged = true
      }
      return (known.route, known.text)
    }
    let route = route()
    var text = self.text(of: route).chatLine
    if route.credential == nil { text += "\n" + noCredentialWarning(for: route.provider) }
    if let unpin = coolingUserPinHint(route) { text += "\n" + unpin }
    if let key, !route.cooling {
      var lifetime = loaded.authOrders.timedOrder(for: route.provider, in: store, now: now).lifetime
      lifetime.from = now
      // Nothing changed the pins before the route: a change now is the auto pin the route moved.
      let answer = ChatRoutes.Answer(route: route, text: text, movesAutoPin: ownChanged, lifetime: lifetime)
      interpreter.chatRoutes.withLock { $0.keep(answer, for: key) }
    }
    return (route, text)
  }

  /// For a route whose user pin is cooling down: how to let the route choose again (spec §4.3).
  func coolingUserPinHint(_ route: Route) -> SafeText? {
    guard route.cooling, route.profileSource == .user, let profile = route.profile else { return nil }
    let model = route.alias?.lowercased() ?? route.ref
    return messages.text(.hintUnpinCooling(profile: profile, model: model))
  }

  func noCredentialWarning(for provider: String) -> SafeText {
    // A provider nobody knows is a typo, most likely: its variable would send the user astray.
    let known = workspace.knownProviders(store: store)
    if !known.contains(provider) {
      let suggestions = ProviderName.suggestions(for: provider, among: known)
      return messages.sentences([
        messages.text(.warningUnknownProvider(provider: provider)),
        suggestions.isEmpty ? .empty : messages.text(.errorDidYouMean(suggestions: messages.list(suggestions))),
      ])
    }
    let variable = EnvironmentCredential.variables(for: provider).first ?? "API_KEY"
    let command = SuggestedCommand.pasteToken(provider: provider, flags: workspace.stateFlags)
    return messages.text(.warningNoCredential(provider: provider, variable: variable, command: command.description))
  }

  private func parseErrorMessage(_ error: ParseError) -> SafeText {
    switch error.reason {
    case .invalidUTF8: return messages.text(.errorInvalidUTF8)
    case .lineTooLong(let bytes): return messages.text(.errorLineTooLong(bytes: String(bytes)))
    case .commandTooLong(let bytes): return messages.text(.errorCommandTooLong(bytes: String(bytes)))
    case .controlCharacter(let scalar):
      return messages.text(.errorControlCharacter(character: DisplayCharacters.scalarName(scalar)))
    case .trailingText(let leftover): return messages.text(.errorTrailingText(text: leftover))
    case .profileRequiresModel(let profile):
      return messages.text(.errorProfileRequiresModel(profile: profile))
    }
  }
}

extension ReplyError.Code {
  init(_ code: ParseError.Code) {
    switch code {
    case .invalidInput: self = .invalidInput
    case .trailingText: self = .trailingText
    case .profileRequiresModel: self = .profileRequiresModel
    }
  }
}

extension ModelCommand.Action {
  /// The reply kind of the command, also when it is refused.
  var replyKind: Reply.Kind {
    switch self {
    case .show: return .show
    case .providers, .list: return .list
    case .status: return .status
    case .reset: return .reset
    case .selectNumber, .select, .aliasShortcut: return .select
    }
  }
}
