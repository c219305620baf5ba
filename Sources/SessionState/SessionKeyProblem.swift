import SafeText

/// Why a session key is unusable: data, so that a reply says it in its own language.
public enum SessionKeyProblem: Sendable, Equatable, CustomStringConvertible {
  case empty
  /// Longer than `SessionKey.maximumBytes`, with its length in UTF-8 bytes.
  case tooLong(bytes: Int)
  /// It holds this control character (a scalar value).
  case controlCharacter(UInt32)

  /// In English, for errors outside a reply: `it is empty`.
  public var description: String {
    switch self {
    case .empty: "it is empty"
    case .tooLong(let bytes): "it is \(bytes) bytes, over the limit of \(SessionKey.maximumBytes)"
    case .controlCharacter(let value): "it holds the control character \(DisplayCharacters.scalarName(value))"
    }
  }
}
