import SafeText

/// The REPL prompt: the session and its current `model@profile` (spec §7.1).
public enum ReplPrompt {
  /// `main sonnet@anthropic:work> `; with `colour`, ANSI colours wrapped in libedit's
  /// non-printing markers (`\u{1}`…`\u{2}`) so the cursor stays where it should.
  public static func text(session: String, route: Route?, colour: Bool) -> SafeText {
    let model = route.map { $0.alias?.lowercased() ?? $0.model } ?? "?"
    let profile = route?.profile.map { "@" + $0 } ?? ""
    guard colour else { return "\(session) \(model + profile)> " }
    let dim: SafeText = "\u{1}\u{1B}[2m\u{2}"
    let cyan: SafeText = "\u{1}\u{1B}[36m\u{2}"
    let reset: SafeText = "\u{1}\u{1B}[0m\u{2}"
    return "\(dim)\(session)\(reset) \(cyan)\(model + profile)\(reset)> "
  }

  /// A reply as the REPL prints it: with `colour`, an error in red and the hint lines after the
  /// first line in yellow, so a refusal never looks like a success. The text is already escaped,
  /// so the only escape sequences are these.
  public static func reply(_ reply: Reply, colour: Bool) -> SafeText {
    let text = reply.safeText
    guard colour else { return text }
    let red: SafeText = "\u{1B}[31m"
    let yellow: SafeText = "\u{1B}[33m"
    let reset: SafeText = "\u{1B}[0m"
    guard reply.ok else { return red + text + reset }
    guard reply.hint != nil, let newline = reply.text.firstIndex(of: "\n") else { return text }
    let rest = SafeText(verbatim: String(reply.text[reply.text.index(after: newline)...]))
    return SafeText(verbatim: String(reply.text[..<newline])) + "\n" + yellow + rest + reset
  }

  /// Whether a terminal's prompt may be coloured: not when `NO_COLOR` is set to anything but the
  /// empty string (no-color.org), nor when `TERM` is `dumb`.
  public static func allowsColour(environment: [String: String]) -> Bool {
    (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }
}
