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
  static let kept = 1024

  private var answers: [Key: Answer] = [:]

  /// The pins of a session, in a language.
  struct Key: Hashable {
    var pins: PinState
    var language: Language

    /// The own pins tell most states apart; `==` compares the rest.
    func hash(into hasher: inout Hasher) {
      hasher.combine(pins.own.model)
      hasher.combine(pins.own.profile)
    }

    /// The same pins, whenever they were set: no route depends on `updatedAt`.
    static func == (lhs: Key, rhs: Key) -> Bool {
      guard lhs.language == rhs.language, routeTheSame(lhs.pins.own, rhs.pins.own) else { return false }
      switch (lhs.pins.parent, rhs.pins.parent) {
      case (nil, nil): return true
      case (let left?, let right?): return routeTheSame(left, right)
      default: return false
      }
    }

    private static func routeTheSame(_ lhs: SessionPins, _ rhs: SessionPins) -> Bool {
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
    let revision: UInt64
    /// The span of time, in Unix ms, in which the provider's order stays the same.
    let from: Int64
    let until: Int64?

    init(route: Route, text: SafeText, movesAutoPin: Bool, revision: UInt64, from: Int64, until: Int64?) {
      self.route = route
      self.text = text
      self.movesAutoPin = movesAutoPin
      self.revision = revision
      self.from = from
      self.until = until
    }

    func holds(for store: AuthStore, at now: Int64) -> Bool {
      revision == store.revision && from <= now && now < until ?? .max
    }
  }

  /// The answer kept for `key`, if it still holds.
  func answer(for key: Key, store: AuthStore, now: Int64) -> Answer? {
    guard let answer = answers[key], answer.holds(for: store, at: now) else { return nil }
    return answer
  }

  mutating func keep(_ answer: Answer, for key: Key) {
    if answers.count >= Self.kept { answers.removeAll() }
    answers[key] = answer
  }

  mutating func removeAll() {
    answers.removeAll()
  }
}

extension Interpreter {
  /// The reply to a chat line without hints from the answer kept for the session's pins as
  /// read, when one holds and pins nothing: such a line needs no turn. An answer is kept only
  /// from a turn that dropped no pin as it began, so the pins as read are the pins it was keyed by.
  func keptChatReply(session: String, reading: Turn.Reading, now: Int64, messages: MessageCatalog) -> Reply? {
    let key = ChatRoutes.Key(pins: reading.pins, language: messages.language)
    guard let answer = chatRoutes.withLock({ $0.answer(for: key, store: reading.store, now: now) }),
      !answer.movesAutoPin
    else { return nil }
    return Reply(session: session, kind: .chat, text: answer.text, route: answer.route)
  }
}
