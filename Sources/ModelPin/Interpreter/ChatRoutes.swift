import AuthProfiles
import SafeText
import SessionState

/// What chat replies said of their route, by the pins they were decided on, for the chat lines
/// after them: sessions share a handful of pin states, and deciding a route and putting it into
/// words was most of a chat line's cost.
///
/// A kept answer holds only while what the route was decided on holds: the same auth store (its
/// revision) and a time within the span in which the provider's order stays the same; a config
/// read again empties the memo (`reloadIfChanged`). Answers whose profile was cooling are not
/// kept (their text counts the wait from the moment), nor those of turns that dropped stale pins
/// (owed a notice); the rest are the same for every session with these pins, the automatic
/// profile the route pins included.
struct ChatRoutes {
  /// How many pin states are kept before the memo starts again.
  static let keptCount = 1024

  private var answers: [Key: Answer] = [:]

  /// The pins of a session, in a language.
  struct Key: Hashable {
    var pins: PinState
    var language: Language

    /// The model and the profile pinned, the session's own else its parent's, tell most states
    /// apart, threads' included; `==` compares the rest.
    func hash(into hasher: inout Hasher) {
      hasher.combine(pins.own.model ?? pins.parent?.model)
      hasher.combine(pins.own.profile ?? pins.parent?.profile)
    }

    /// The same pins, whenever they were set: no route depends on `updatedAt`.
    static func == (lhs: Key, rhs: Key) -> Bool {
      guard lhs.language == rhs.language, pinTheSame(lhs.pins.own, rhs.pins.own) else { return false }
      switch (lhs.pins.parent, rhs.pins.parent) {
      case (nil, nil): return true
      case (let left?, let right?): return pinTheSame(left, right)
      default: return false
      }
    }

    /// Whether the two pin the same model and profile with the same source.
    private static func pinTheSame(_ lhs: SessionPins, _ rhs: SessionPins) -> Bool {
      lhs.profileSource == rhs.profileSource && lhs.profile == rhs.profile && lhs.model == rhs.model
    }
  }

  /// A chat reply's route and its text before any hint, and what they were decided on; shared,
  /// so that a kept answer is not copied field by field.
  final class Answer: Sendable {
    let route: Route
    let text: SafeText
    /// Whether the route set, moved or dropped the session's automatic profile pin: then it
    /// pins `route.profile`.
    let movesAutoPin: Bool
    /// The store and the span of time it holds for: from the moment it was decided (a user pin
    /// usable then stays usable while the store does) until the provider's order changes.
    let lifetime: AuthOrderLifetime

    init(route: Route, text: SafeText, movesAutoPin: Bool, lifetime: AuthOrderLifetime) {
      self.route = route
      self.text = text
      self.movesAutoPin = movesAutoPin
      self.lifetime = lifetime
    }
  }

  /// The answer kept for `key`, if it still holds.
  func answer(for key: Key, store: AuthStore, now: Int64) -> Answer? {
    guard let answer = answers[key], answer.lifetime.holds(for: store, at: now) else { return nil }
    return answer
  }

  mutating func keep(_ answer: Answer, for key: Key) {
    if answers.count >= Self.keptCount { answers.removeAll() }
    answers[key] = answer
  }

  mutating func removeAll() {
    answers.removeAll()
  }
}
