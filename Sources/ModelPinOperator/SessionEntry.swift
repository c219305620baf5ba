import AuthProfiles
import ModelCommand
import ModelPin
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
  func pinsText(_ messages: MessageCatalog) -> String {
    var parts: [String] = []
    if let model = pins.model {
      parts.append(messages.text(.pinModel, ["model": escapedForDisplay(model), "source": messages.text(.sourceUser)]))
    }
    if let profile = pins.profile {
      let source = messages.text(pins.profileSource == .auto ? .sourceAuto : .sourceUser)
      parts.append(messages.text(.pinProfile, ["profile": escapedForDisplay(profile), "source": source]))
    }
    if parts.isEmpty { parts.append(messages.text(.pinsNone)) }
    if let updatedAt = pins.updatedAt {
      parts.append(messages.text(.cliSessionsUpdated, ["time": Timestamp.format(updatedAt)]))
    }
    return parts.joined(separator: " · ")
  }

  /// The row of `sessions list`: session, model, profile with its source, and how long ago they changed.
  func row(_ messages: MessageCatalog, now: Int64) -> [String] {
    let none = "-"
    let profile = pins.profile.map { profile in
      let source = messages.text(pins.profileSource == .auto ? .sourceAuto : .sourceUser)
      return "\(escapedForDisplay(profile)) (\(source))"
    }
    let updated = pins.updatedAt.map {
      messages.text(.cliSessionsAgo, ["duration": compactDuration(milliseconds: now - $0)])
    }
    return [
      escapedForDisplay(session), pins.model.map { escapedForDisplay($0) } ?? none, profile ?? none, updated ?? none,
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
