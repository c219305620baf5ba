import SafeText

/// How operator commands decorate their text: marks before profiles, and colour on a terminal.
public struct TextStyle: Sendable, Equatable {
  /// Marks the health of each credential: `✓` usable, `!` needs attention, `✗` unusable, `·` left out of the order.
  public var marks: Bool
  /// ANSI colour; only on a terminal and never with `NO_COLOR` (spec §7.1).
  public var colour: Bool

  public init(marks: Bool, colour: Bool) {
    self.marks = marks
    self.colour = colour
  }

  /// `--plain`: no marks, no colour.
  public static let plain = TextStyle(marks: false, colour: false)

  /// The default: marks, and colour when `colour` (a terminal without `NO_COLOR`).
  public static func decorated(colour: Bool) -> TextStyle {
    TextStyle(marks: true, colour: colour)
  }

  /// A credential's mark, coloured when the style has colour; empty when the style has no marks.
  func mark(_ mark: CredentialMark) -> SafeText {
    guard marks else { return .empty }
    let symbol: SafeText
    let code: String
    switch mark {
    case .usable: (symbol, code) = ("✓", "32")
    case .attention: (symbol, code) = ("!", "33")
    case .unusable: (symbol, code) = ("✗", "31")
    case .unordered: (symbol, code) = ("·", "2")
    }
    return paint(symbol, code) + " "
  }

  /// Text in bold, when the style has colour.
  func bold(_ text: SafeText) -> SafeText {
    paint(text, "1")
  }

  /// `text` in colour: the only escape sequences a report prints raw are these.
  private func paint(_ text: SafeText, _ code: String) -> SafeText {
    colour ? SafeText(verbatim: "\u{1B}[\(code)m") + text + "\u{1B}[0m" : text
  }
}

/// What a credential's mark says.
enum CredentialMark {
  /// The next call could use it.
  case usable
  /// It expires within a day, cools down or is disabled.
  case attention
  /// It has expired or holds no secret.
  case unusable
  /// The order leaves it out.
  case unordered

  init(_ entry: ProfileEntry, now: Int64) {
    switch entry.health {
    case .expired, .missing: self = .unusable
    case _ where entry.isLeftOut: self = .unordered
    case .expiring: self = .attention
    case .ok, .static: self = entry.usage.isUsable(now: now) ? .usable : .attention
    }
  }
}
