import AuthProfiles
import ModelPin
import SafeText
import StateFolder

/// One stored profile as `modelpin status` and `modelpin auth list` report it: never its secret,
/// only the masked label.
public struct ProfileEntry: Sendable, Equatable {
  /// How status shows it: id, masked credential and flags (`next`, `cooldown 4m`, `expired`, …).
  public var label: ProfileLabel
  /// The provider, normalized.
  public var provider: String
  public var kind: AuthProfile.Kind
  public var health: ProfileHealth
  /// When the token or OAuth access token expires (Unix ms); nil when it never does.
  public var expires: Int64?
  /// Its place in the provider's order, from 1; nil when the order leaves it out.
  public var position: Int?
  public var usage: UsageStats

  public var id: String { label.id }

  /// Whether the order leaves out a profile whose credential works, e.g. one missing from an explicit order.
  public var isLeftOut: Bool {
    position == nil && health != .expired && health != .missing
  }

  /// The label, then `(not in the order)` when the order leaves it out.
  func text(_ messages: MessageCatalog) -> SafeText {
    messages.text(label) + (isLeftOut ? " " + messages.text(.cliFlagNotInOrder) : "")
  }
}

/// A profile's health as reports name it (spec §5.2), with `missing` for a profile without a secret.
public enum ProfileHealth: String, Sendable, Equatable {
  /// An API key, or a token without `expires`.
  case `static`
  /// It expires, but not within 24 hours; or an OAuth grant that renews.
  case ok
  /// It expires within 24 hours.
  case expiring
  /// It has expired.
  case expired
  /// It holds no secret.
  case missing

  init(_ profile: AuthProfile, now: Int64) {
    guard profile.hasSecret else {
      self = .missing
      return
    }
    switch profile.health(now: now) {
    case .static: self = .static
    case .ok: self = .ok
    case .expiring: self = .expiring
    case .expired: self = .expired
    }
  }
}

extension ProfileEntry {
  /// The entry as JSON; see the README for the fields.
  var json: JSONValue {
    var object = JSONObject()
    object["id"] = .string(id)
    object["provider"] = .string(provider)
    object["type"] = .string(kind.rawValue)
    switch label.credential {
    case .key(let masked), .token(let masked):
      object["credential"] = .string(masked)
      object["email"] = .null
    case .oauth(let email):
      object["credential"] = .null
      object["email"] = email.map(JSONValue.string) ?? .null
    case .missing:
      object["credential"] = .null
      object["email"] = .null
    }
    object["health"] = .string(health.rawValue)
    object["unresolved"] = label.unresolved.map { .string($0.description) } ?? .null
    object["expires"] = expires.map(JSONValue.integer) ?? .null
    object["position"] = position.map { .integer(Int64($0)) } ?? .null
    object["next"] = .bool(label.flags.contains(.next))
    object["lastGood"] = .bool(label.flags.contains(.lastGood))
    object["lastUsed"] = usage.lastUsed.map(JSONValue.integer) ?? .null
    object["cooldownUntil"] = usage.cooldownUntil.map(JSONValue.integer) ?? .null
    object["disabledUntil"] = usage.disabledUntil.map(JSONValue.integer) ?? .null
    object["disabledReason"] = usage.disabledReason.map(JSONValue.string) ?? .null
    object["errorCount"] = .integer(Int64(usage.errorCount))
    return .object(object)
  }
}
