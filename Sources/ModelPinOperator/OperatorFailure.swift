import SafeText

/// Why an operator command failed, worded for standard error in the user's language: what was
/// wrong, and what to do about it.
public struct OperatorFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong and what to do, safe to print.
  public let text: SafeText

  public init(_ text: SafeText) {
    self.text = text
  }

  public var description: String { text.string }
}
