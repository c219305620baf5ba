/// A profile of `auth-profiles.json` that modelpin skipped; it stays in the file untouched.
public struct AuthStoreWarning: Sendable, Equatable, CustomStringConvertible {
  /// The id of the skipped profile.
  public var profile: String
  /// Why it was skipped.
  public var problem: Problem

  public init(profile: String, problem: Problem) {
    self.profile = profile
    self.problem = problem
  }

  /// Why a profile was skipped.
  public enum Problem: Sendable, Equatable {
    /// The member is not a JSON object.
    case notAnObject
    /// `type` is missing or not `api_key`, `token` or `oauth`; holds what was written, if a string.
    case unknownType(String?)
    /// `provider` is missing or blank.
    case missingProvider
  }

  public var description: String {
    switch problem {
    case .notAnObject: "profile \(profile) is not an object; skipped"
    case .unknownType(let type?): "profile \(profile) has an unknown type \"\(type)\"; skipped"
    case .unknownType(nil): "profile \(profile) has no type; skipped"
    case .missingProvider: "profile \(profile) has no provider; skipped"
    }
  }
}
