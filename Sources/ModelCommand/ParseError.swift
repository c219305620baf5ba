import SafeText

/// Why a line was rejected (spec §6): an error code, its detail, and where it is.
public struct ParseError: Error, Sendable, Equatable {
  /// The detail for the message.
  public var reason: Reason
  /// Where the problem is, in UTF-8 byte offsets into the command's normalized text (as
  /// `ModelCommand.text` would be); nil when the problem is the whole line or the whole command.
  public var range: SourceRange?

  /// The §6 error code.
  public var code: Code { reason.code }

  /// Creates an error with its detail and position.
  public init(_ reason: Reason, range: SourceRange? = nil) {
    self.reason = reason
    self.range = range
  }

  /// The §6 error codes the parser gives.
  public enum Code: String, Sendable {
    /// Not valid UTF-8, too long, or a command with control characters.
    case invalidInput = "invalid_input"
    /// Text after the command's argument.
    case trailingText = "trailing_text"
    /// A profile with no model: `list@p`, `status@p`, `default@p`, `reset@p`, `@p`.
    case profileRequiresModel = "profile_requires_model"
  }

  /// The detail of an error.
  public enum Reason: Sendable, Equatable {
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// The line is longer than `CommandParser.maximumLineBytes` (UTF-8 bytes as received).
    case lineTooLong(bytes: Int)
    /// The command is longer than `CommandParser.maximumCommandBytes` once normalized. `bytes` is
    /// its normalized size, except above 4 KiB as received, where it is the received size: NFKC
    /// shrinks text at most fourfold, so such a command is too long either way and is not normalized.
    case commandTooLong(bytes: Int)
    /// The command holds a control, separator, bidi or invisible character (tab is allowed): the
    /// characters `DisplayCharacters` escapes.
    case controlCharacter(scalar: UInt32)
    /// Text after the argument; `leftover` is already escaped for display.
    case trailingText(leftover: String)
    /// A profile given with no model; `profile` is as typed (after NFKC), possibly empty.
    case profileRequiresModel(profile: String)

    /// The error code of this reason.
    public var code: Code {
      switch self {
      case .invalidUTF8, .lineTooLong, .commandTooLong, .controlCharacter: .invalidInput
      case .trailingText: .trailingText
      case .profileRequiresModel: .profileRequiresModel
      }
    }
  }
}

extension ParseError: CustomDebugStringConvertible {
  /// A one-line dump, e.g. `trailing_text trailingText(leftover: "now") @12..<15`.
  public var debugDescription: String {
    let detail =
      switch reason {
      case .invalidUTF8: "invalidUTF8"
      case .lineTooLong(let bytes): "lineTooLong(bytes: \(bytes))"
      case .commandTooLong(let bytes): "commandTooLong(bytes: \(bytes))"
      case .controlCharacter(let scalar): "controlCharacter(\(DisplayCharacters.scalarName(scalar)))"
      case .trailingText(let leftover): "trailingText(leftover: \(SafeText.quoted(leftover).string))"
      case .profileRequiresModel(let profile): "profileRequiresModel(profile: \(SafeText.quoted(profile).string))"
      }
    return "\(code.rawValue) \(detail)" + (range.map { " @\($0)" } ?? "")
  }
}
