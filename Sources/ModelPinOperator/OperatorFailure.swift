/// Why an operator command failed, worded for standard error in the user's language: what was
/// wrong, and what to do about it.
public struct OperatorFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}
