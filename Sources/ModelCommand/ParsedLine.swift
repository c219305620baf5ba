/// What a line is (spec §3): chat, a command of the `/model` family, or invalid input.
public enum ParsedLine: Sendable, Equatable {
  /// A chat line: it changes no pin and goes to the model as a message.
  case chat(ChatLine)
  /// A command of the `/model` family, or an alias shortcut.
  case command(ModelCommand)
  /// Input the parser rejects: invalid UTF-8, too long, a control character in a command, or a
  /// command with trailing text or a profile with no model.
  case invalid(ParseError)
}

/// A line that is not a command, with the hints its reply should carry.
public struct ChatLine: Sendable, Equatable {
  /// Hints for the reply, in the order of their place in the line.
  public var hints: [ChatHint]

  /// Creates a chat line with `hints`.
  public init(hints: [ChatHint] = []) {
    self.hints = hints
  }
}

extension ParsedLine: CustomDebugStringConvertible {
  /// A one-line dump with positions, stable for golden files, e.g.
  /// `command show "/model" @0..<6 name@0..<6`, `chat didYouMean("/modle" -> "/model")`.
  public var debugDescription: String {
    switch self {
    case .chat(let chat): (["chat"] + chat.hints.map(\.debugDescription)).joined(separator: " ")
    case .command(let command): "command " + command.debugDescription
    case .invalid(let error): "invalid " + error.debugDescription
    }
  }
}
