import ModelCommand

/// The REPL prompt: the session and its current `model@profile` (spec §7.1).
public enum ReplPrompt {
  /// `main sonnet@anthropic:work> `; with `colour`, ANSI colours wrapped in libedit's
  /// non-printing markers (`\u{1}`…`\u{2}`) so the cursor stays where it should.
  public static func text(session: String, route: Route?, colour: Bool) -> String {
    let model = route.map { $0.alias?.lowercased() ?? $0.model } ?? "?"
    let profile = route?.profile.map { "@" + $0 } ?? ""
    let session = escapedForDisplay(session)
    let target = escapedForDisplay(model + profile)
    guard colour else { return "\(session) \(target)> " }
    let dim = "\u{1}\u{1B}[2m\u{2}"
    let cyan = "\u{1}\u{1B}[36m\u{2}"
    let reset = "\u{1}\u{1B}[0m\u{2}"
    return "\(dim)\(session)\(reset) \(cyan)\(target)\(reset)> "
  }

  /// Whether a terminal's prompt may be coloured: not when `NO_COLOR` is set to anything but the
  /// empty string (no-color.org), nor when `TERM` is `dumb`.
  public static func allowsColour(environment: [String: String]) -> Bool {
    (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }
}
