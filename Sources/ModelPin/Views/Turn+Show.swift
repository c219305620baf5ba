import AuthProfiles
import ModelCommand

extension Turn {
  /// `/model` with nothing after it: the current route, the default, how to switch (spec §4.5).
  mutating func show() throws -> Reply {
    let route = try route(saving: true)
    let rows = [
      (messages.text(.labelCurrent), describe(route)),
      (messages.text(.labelDefault), modelLabel(selection.defaultModel)),
      (messages.text(.labelSwitch), messages.text(.showSwitchHelp)),
      (messages.text(.labelList), messages.text(.showListHelp)),
      (messages.text(.labelStatus), messages.text(.showStatusHelp)),
    ]
    return try reply(.show, Columns.render(rows), route: route)
  }

  /// `Sonnet (anthropic/claude-sonnet-4-5) · anthropic:work (user)`, in the reply's language.
  ///
  /// Every chat reply states its route and sessions share a handful of routes, so the interpreter
  /// keeps what this made of each route that is not cooling (a cooling one says how long it waits).
  func describe(_ route: Route) -> String {
    guard !route.cooling else { return messages.describe(route, now: now) }
    let key = RouteDescriptionKey(route: route, language: messages.language)
    if let known = interpreter.routeDescriptions.withLock({ $0[key] }) { return known }
    let text = messages.describe(route, now: now)
    interpreter.routeDescriptions.withLock { descriptions in
      if descriptions.count >= RouteDescriptionKey.kept { descriptions.removeAll() }
      descriptions[key] = text
    }
    return text
  }
}

/// A route described in a language.
struct RouteDescriptionKey: Hashable {
  /// How many descriptions the interpreter keeps before it starts again.
  static let kept = 1024

  var route: Route
  var language: Language
}
