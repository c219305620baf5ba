import AuthProfiles
import ModelCommand
import ModelPin
import SafeText
import SessionState
import StateFolder

/// One session's stored pins, as `modelpin sessions` shows them.
public struct SessionEntry: Sendable, Equatable {
  public var session: String
  public var pins: SessionPins

  public init(session: String, pins: SessionPins) {
    self.session = session
    self.pins = pins
  }

  /// `model anthropic/claude-sonnet-4-5 (user) · profile anthropic:work (user) · updated 2026-11-24T10:00:00Z`.
  func pinsText(_ messages: MessageCatalog) -> SafeText {
    var parts: [SafeText] = []
    if let model = pins.model {
      parts.append(messages.text(.statusPinModel(model: model, source: messages.text(.sourceUser))))
    }
    if let profile = pins.profile {
      let source = messages.text(pins.profileSource == .auto ? .sourceAuto : .sourceUser)
      parts.append(messages.text(.statusPinProfile(profile: profile, source: source)))
    }
    if parts.isEmpty { parts.append(messages.text(.statusPinsNone)) }
    if let updatedAt = pins.updatedAt {
      parts.append(messages.text(.cliSessionsUpdated(time: Timestamp.format(updatedAt))))
    }
    return parts.joined(separator: " · ")
  }

  /// The row of `sessions list`: session, model, profile with its source, and how long ago they changed.
  func row(_ messages: MessageCatalog, now: Int64) -> [SafeText] {
    let none: SafeText = "-"
    let profile = pins.profile.map { profile -> SafeText in
      let source = messages.text(pins.profileSource == .auto ? .sourceAuto : .sourceUser)
      return "\(profile) (\(source))"
    }
    let updated = pins.updatedAt.map {
      messages.text(.cliSessionsAgo(duration: compactDuration(milliseconds: now - $0)))
    }
    return [
      SafeText(escaping: session), pins.model.map(SafeText.init(escaping:)) ?? none, profile ?? none, updated ?? none,
    ]
  }

  /// `{"session", "model", "profile", "profileSource", "updatedAt"}`; absent pins are null.
  var json: JSONValue {
    var object = JSONObject([("session", .string(session))])
    object["model"] = pins.model.map(JSONValue.string) ?? .null
    object["profile"] = pins.profile.map(JSONValue.string) ?? .null
    object["profileSource"] = pins.profile == nil ? .null : .string((pins.profileSource ?? .user).rawValue)
    object["updatedAt"] = pins.updatedAt.map(JSONValue.integer) ?? .null
    return .object(object)
  }
}
