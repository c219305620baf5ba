import StateFolder

/// The pin fields of an OpenClaw `SessionEntry` in `sessions.json`.
///
/// The model pin is `providerOverride` + `modelOverride` (with `modelOverrideSource`); the profile
/// pin is `authProfileOverride` + `authProfileOverrideSource`. Every other field is OpenClaw's.
extension JSONObject {
  /// The pins this entry holds, or nil when it holds none.
  ///
  /// A profile without `authProfileOverrideSource` is a user pin, unless it carries
  /// `authProfileOverrideCompactionCount`, which only rotation writes (OpenClaw reads it so too).
  var sessionPins: SessionPins? {
    let modelID = nonEmptyString("modelOverride")
    let provider = nonEmptyString("providerOverride")
    let profile = nonEmptyString("authProfileOverride")
    let source: PinSource? =
      if profile == nil {
        nil
      } else if let written = self["authProfileOverrideSource"]?.stringValue.flatMap(PinSource.init(rawValue:)) {
        written
      } else {
        self["authProfileOverrideCompactionCount"]?.int64Value == nil ? .user : .auto
      }
    let pins = SessionPins(
      model: modelID.map { id in provider.map { "\($0)/\(id)" } ?? id },
      profile: profile,
      profileSource: source,
      updatedAt: self["updatedAt"]?.int64Value)
    return pins.isEmpty ? nil : pins
  }

  /// This entry holding `pins`: only the pin fields that differ change, in place, and
  /// `updatedAt` takes `pins.updatedAt` when something changed.
  ///
  /// A new model pin is written as a user's (`modelOverrideSource: "user"`) and drops the fields
  /// of OpenClaw's automatic fallback; a new profile pin drops the compaction count of rotation.
  func settingSessionPins(_ pins: SessionPins) -> JSONObject {
    var entry = self
    let current = sessionPins ?? SessionPins()
    if current.model != pins.model {
      for key in Self.fallbackFields { entry[key] = nil }
      if let model = pins.model {
        let slash = model.firstIndex(of: "/")
        entry["providerOverride"] = slash.map { .string(String(model[..<$0])) }
        entry["modelOverride"] = .string(slash.map { String(model[model.index(after: $0)...]) } ?? model)
        entry["modelOverrideSource"] = .string(PinSource.user.rawValue)
      } else {
        for key in ["providerOverride", "modelOverride", "modelOverrideSource"] { entry[key] = nil }
      }
    }
    if current.profile != pins.profile || current.profileSource != pins.profileSource {
      entry["authProfileOverride"] = pins.profile.map { .string($0) }
      entry["authProfileOverrideSource"] = pins.profile == nil ? nil : pins.profileSource.map { .string($0.rawValue) }
      entry["authProfileOverrideCompactionCount"] = nil
    }
    if entry != self, let updatedAt = pins.updatedAt {
      entry["updatedAt"] = .integer(updatedAt)
    }
    return entry
  }

  /// What OpenClaw records when it falls back to another model on its own.
  private static let fallbackFields = ["modelOverrideFallbackOriginProvider", "modelOverrideFallbackOriginModel"]

  private func nonEmptyString(_ key: String) -> String? {
    guard let text = self[key]?.stringValue, !text.isEmpty else { return nil }
    return text
  }
}
