import AuthProfiles
import ModelCatalog
import ModelCommand
import SafeText
import SessionState
import StateFolder

/// The handling of one line of one session: it reads the session's pins once, lets the rules of
/// `Routing/` decide, puts their events into words, and writes the pins once, with the reply.
struct Turn {
  let interpreter: Interpreter
  let session: String
  let now: Int64
  let messages: MessageCatalog
  /// The auth store as of this line; outcomes replace it.
  var store: AuthStore
  /// The session's own pins as stored when the turn began: what a save expects to find still.
  var stored: SessionPins?
  /// The session's pins and its parent's, as this turn changes them.
  var pins: PinState
  /// Sentences owed to the user about pins dropped when read (spec §4.3, last rule).
  var notices: [SafeText] = []
  /// Whether the own pins changed since they were stored: they are stored once, when the reply is
  /// made, so a dropped stale pin, a selection and the automatic profile its route takes are one write.
  var ownChanged = false

  /// The config and what is derived from it, as when the turn began: one turn sees one config.
  let loaded: LoadedWorkspace

  /// What a turn reads of the stores as it begins.
  struct Reading {
    let snapshot: SessionSnapshot
    let store: AuthStore

    init(of session: String, in interpreter: Interpreter) throws {
      // Pins first: a database store can learn in the same round trip whether the auth state moved.
      let snapshot = try interpreter.sessions.snapshot(of: session)
      self.init(snapshot: snapshot, store: try interpreter.auth.current())
    }

    /// Assigned here, not in the throwing initializer above: a throwing one built the value and
    /// then copied it out, every line.
    private init(snapshot: SessionSnapshot, store: AuthStore) {
      self.snapshot = snapshot
      self.store = store
    }

    /// The pins as read, before any rule drops one.
    var pins: PinState {
      PinState(own: snapshot.own ?? SessionPins(), parent: snapshot.parent)
    }
  }

  init(interpreter: Interpreter, session: String, now: Int64, messages: MessageCatalog) throws {
    self.init(
      interpreter: interpreter, session: session, now: now, messages: messages,
      reading: try Reading(of: session, in: interpreter))
  }

  init(interpreter: Interpreter, session: String, now: Int64, messages: MessageCatalog, reading: Reading) {
    self.interpreter = interpreter
    self.loaded = interpreter.loaded.withLock { $0 }
    self.session = session
    self.now = now
    self.messages = messages
    self.store = reading.store
    self.stored = reading.snapshot.own
    self.pins = reading.pins
    let dropped = pins.dropStalePins(facts)
    if !dropped.isEmpty {
      notices = dropped.map(sentence(for:))
      ownChanged = true
    }
  }

  var workspace: Workspace { loaded.workspace }
  var selection: ModelSelection { workspace.selection }

  /// What the rules consult, as of now in this turn.
  var facts: RoutingFacts {
    RoutingFacts(loaded: loaded, store: store, now: now)
  }

  // MARK: - Pins

  /// The model pin in force.
  var modelPin: ModelRef? { pins.pinnedModel(in: selection)?.ref }

  /// The profile pin in force (see `PinState.profilePin`).
  var profilePin: ProfilePin? { pins.profilePin }

  /// The model the next message uses.
  var routedModel: ModelRef { pins.routedModel(in: selection) }

  /// The route of the next message; a rotated auto pin is stored with the reply.
  mutating func route() -> Route {
    let before = pins.own
    let route = pins.route(facts)
    if pins.own != before { ownChanged = true }
    return route
  }

  /// Stores the own pins unless another process changed the session since this turn read it;
  /// then the line is handled again on what that process wrote (`PinsChangedMeanwhile`).
  mutating func saveOwnPins() throws {
    pins.own.updatedAt = now
    guard try interpreter.sessions.save(pins.own, for: session, ifUnchangedFrom: stored) else {
      throw PinsChangedMeanwhile()
    }
    stored = pins.own
    ownChanged = false
  }

  // MARK: - Replies

  /// A reply carrying the route after the line and the notices this turn owes.
  ///
  /// The text is `SafeText` (spec §3.5): the catalog escapes what a message quotes from input,
  /// config and state files as it fills the message in, so no view can let a control character through.
  mutating func reply(
    _ kind: Reply.Kind, _ text: SafeText, hint: SafeText? = nil, error: ReplyError? = nil, items: [ListItem]? = nil,
    route known: Route? = nil
  ) throws -> Reply {
    let route = known ?? route()
    if ownChanged { try saveOwnPins() }
    let body = notices.isEmpty ? text : (notices + [text]).filter { !$0.isEmpty }.joined(separator: "\n")
    return Reply(session: session, kind: kind, text: body, hint: hint, route: route, error: error, items: items)
  }

  /// A failed reply: the text is the error's message.
  mutating func failure(
    _ kind: Reply.Kind, _ code: ReplyError.Code, _ message: SafeText, suggestions: [String] = [],
    items: [ListItem]? = nil, extraText: SafeText? = nil
  ) throws -> Reply {
    let text = [message, extraText].compactMap { $0 }.joined(separator: "\n")
    return try reply(
      kind, text, error: ReplyError(code: code, message: message, suggestions: suggestions), items: items)
  }
}

/// Another writer changed the session's pins between this turn's read and its write.
struct PinsChangedMeanwhile: Error, CustomStringConvertible {
  var description: String { "the session's pins kept changing in other processes; retry" }
}
