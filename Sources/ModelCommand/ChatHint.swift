import SafeText

/// A hint for the reply to a chat line (spec §3.4).
public enum ChatHint: Sendable, Equatable {
  /// `/model` (any case, ASCII or full-width) appears later in the line, where it is not applied:
  /// "send /model on its own line".
  case modelCommandNotAtStart
  /// The line starts with an unknown `/word` one edit (a typo or a swap) away from `/model` or
  /// `/models`: `/modle x` gives typed `/modle`, suggestion `/model`. `typed` is after NFKC and
  /// holds only `/` and letters, marks and digits, so it is safe to echo.
  case didYouMean(typed: String, suggestion: String)
}

extension ChatHint: CustomDebugStringConvertible {
  /// A dump: `modelCommandNotAtStart` or `didYouMean("/modle" -> "/model")`.
  public var debugDescription: String {
    switch self {
    case .modelCommandNotAtStart:
      "modelCommandNotAtStart"
    case .didYouMean(let typed, let suggestion):
      "didYouMean(\(SafeText.quoted(typed).string) -> \(SafeText.quoted(suggestion).string))"
    }
  }
}
