import AuthProfiles
import ModelCommand
import SafeText

extension Turn {
  /// `/model` with nothing after it: the route, the default, how to switch (spec §4.5).
  func showText(_ route: Route) -> SafeText {
    let rows = [
      (messages.text(.labelCurrent), describe(route)),
      (messages.text(.labelDefault), modelLabel(selection.defaultModel)),
      (messages.text(.labelSwitch), messages.text(.showSwitchHelp)),
      (messages.text(.labelList), messages.text(.showListHelp)),
      (messages.text(.labelStatus), messages.text(.showStatusHelp)),
    ]
    return Columns.render(rows)
  }

  /// `Sonnet (anthropic/claude-sonnet-4-5) · anthropic:work (user)`, in the reply's language.
  func describe(_ route: Route) -> SafeText {
    text(of: route).description
  }

  /// What a route reads as in the reply's language.
  ///
  /// Every chat reply states its route and sessions share a handful of routes, so the interpreter
  /// keeps what this made of each route that is not cooling (a cooling one says how long it waits).
  func text(of route: Route) -> RouteText {
    guard !route.cooling else { return RouteText(route, messages: messages, now: now) }
    let key = RouteTextKey(route: route, language: messages.language)
    if let known = interpreter.routeTexts.withLock({ $0[key] }) { return known }
    let text = RouteText(route, messages: messages, now: now)
    interpreter.routeTexts.withLock { texts in
      if texts.count >= RouteTextKey.kept { texts.removeAll() }
      texts[key] = text
    }
    return text
  }
}

/// A route in words: as `/model` and `/model status` show it, and as a chat reply states it.
struct RouteText: Sendable {
  /// `Sonnet (anthropic/claude-sonnet-4-5) · anthropic:work (user)`.
  let description: SafeText
  /// `→ ` and the description: the first line of a chat reply.
  let chatLine: SafeText

  init(_ route: Route, messages: MessageCatalog, now: Int64) {
    description = messages.describe(route, now: now)
    chatLine = messages.text(.chatRoute(route: description))
  }
}

/// A route described in a language.
struct RouteTextKey: Hashable {
  /// How many route texts the interpreter keeps before it starts again.
  static let kept = 1024

  var route: Route
  var language: Language

  /// Hashes what tells the routes of a state apart, the model and the profile, and leaves the
  /// rest to `==`: every chat line looks its route up.
  func hash(into hasher: inout Hasher) {
    hasher.combine(route.model)
    hasher.combine(route.profile)
  }
}
