import AuthProfiles
import ModelCommand
import ModelPin
import SafeText
import StateFolder

/// A profile of a provider's list that the order in effect moves to its end or leaves out, and
/// why (spec §5.3 steps 2–3): what `auth order get` says under `In effect now`.
public struct OrderMove: Sendable, Equatable {
  /// Why the profile is not where the list puts it.
  public enum Reason: Sendable, Equatable {
    /// Cooling down after a failure until then: tried last.
    case cooling(until: Int64)
    /// Disabled (e.g. `billing`) until then: tried last.
    case disabled(reason: String?, until: Int64)
    /// A token that expired then: left out.
    case expired(at: Int64)
    /// No secret: empty, or a reference that did not resolve. Left out.
    case noSecret
    /// No profile of that id is stored. Left out.
    case notStored
    /// A profile of another provider. Left out.
    case otherProvider(String)
    /// Its type is not the `mode` the config's `auth.profiles` gives it. Left out.
    case wrongMode
  }

  public var profile: String
  public var reason: Reason

  /// Whether the order leaves the profile out, rather than trying it last.
  public var isLeftOut: Bool {
    switch reason {
    case .cooling, .disabled: false
    case .expired, .noSecret, .notStored, .otherProvider, .wrongMode: true
    }
  }

  /// The profiles of `listed`, in its order and each once, that `order` moves or leaves out.
  static func moves(of listed: [String], in order: AuthOrder, store: AuthStore, now: Int64) -> [OrderMove] {
    let placed = Set(order.ids.map(ExactString.init))
    var seen: Set<ExactString> = []
    return listed.compactMap { id in
      guard seen.insert(ExactString(id)).inserted else { return nil }
      if placed.contains(ExactString(id)) {
        guard let until = order.usableAt(id) else { return nil }
        let usage = store.usage(of: id)
        if let disabled = usage.disabledUntil, disabled >= until {
          return OrderMove(profile: id, reason: .disabled(reason: usage.disabledReason, until: until))
        }
        return OrderMove(profile: id, reason: .cooling(until: until))
      }
      guard let profile = store.profile(id) else { return OrderMove(profile: id, reason: .notStored) }
      if profile.provider != order.provider {
        return OrderMove(profile: id, reason: .otherProvider(profile.provider))
      }
      if !profile.hasSecret { return OrderMove(profile: id, reason: .noSecret) }
      if let expires = profile.expires, profile.kind == .token, now >= expires {
        return OrderMove(profile: id, reason: .expired(at: expires))
      }
      return OrderMove(profile: id, reason: .wrongMode)
    }
  }
}

extension OrderMove {
  /// `anthropic:work: it cools down until 2026-11-24T10:30:00Z (in 30m), so it is tried last`.
  func text(_ messages: MessageCatalog, now: Int64) -> SafeText {
    messages.text(.cliLocated(place: profile, text: reasonText(messages, now: now)))
  }

  /// Why, without the profile: `it cools down until 2026-11-24T10:30:00Z (in 30m), so it is tried last`.
  func reasonText(_ messages: MessageCatalog, now: Int64) -> SafeText {
    switch reason {
    case .cooling(let until):
      return messages.text(
        .cliOrderWhyCooling(time: Timestamp.format(until), wait: compactDuration(milliseconds: until - now)))
    case .disabled(let reason, let until):
      return messages.text(
        .cliOrderWhyDisabled(
          reason: reason ?? "-", time: Timestamp.format(until), wait: compactDuration(milliseconds: until - now)))
    case .expired(let at): return messages.text(.cliOrderWhyExpired(time: Timestamp.format(at)))
    case .noSecret: return messages.text(.cliOrderWhyNoSecret)
    case .notStored: return messages.text(.cliOrderWhyNotStored)
    case .otherProvider(let provider):
      return messages.text(.cliOrderWhyOtherProvider(provider: provider))
    case .wrongMode: return messages.text(.cliOrderWhyWrongMode)
    }
  }

  /// `{profile, reason, until}`: `reason` one of `cooling`, `disabled`, `expired`, `no_secret`,
  /// `not_stored`, `other_provider`, `wrong_mode`; `until` the end of a cooldown or disable, or the
  /// expiry, else null.
  var json: JSONValue {
    let (name, until): (String, Int64?) =
      switch reason {
      case .cooling(let until): ("cooling", until)
      case .disabled(_, let until): ("disabled", until)
      case .expired(let at): ("expired", at)
      case .noSecret: ("no_secret", nil)
      case .notStored: ("not_stored", nil)
      case .otherProvider: ("other_provider", nil)
      case .wrongMode: ("wrong_mode", nil)
      }
    return .object(
      JSONObject([
        ("profile", .string(profile)), ("reason", .string(name)), ("until", until.map(JSONValue.integer) ?? .null),
      ]))
  }
}
