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
  func describe(_ route: Route) -> String {
    messages.describe(route, now: now)
  }
}
