import AuthProfiles
import ModelCatalog
import ModelCommand
import SessionState
import StateFolder

/// The handling of one line of one session: the state read for it, and the notices it owes.
struct Turn {
  let interpreter: Interpreter
  let session: String
  let now: Int64
  let messages: MessageCatalog
  /// The auth store as of this line; outcomes replace it.
  var store: AuthStore
  /// The session's own pins as stored when the turn began: what a save expects to find still.
  var stored: SessionPins?
  /// The session's own pins (empty when it has none), as this turn changes them.
  var own: SessionPins
  /// The parent's pins, for a thread or topic session without a model pin of its own.
  let parent: SessionPins?
  /// Sentences owed to the user about pins dropped when read (spec §4.3, last rule).
  var notices: [String] = []
  /// Whether `own` changed since it was stored: it is stored once, when the reply is made, so a
  /// dropped stale pin, a selection and the automatic profile its route takes are one write.
  var ownChanged = false

  /// The config and what is derived from it, as when the turn began: one turn sees one config.
  let loaded: LoadedWorkspace

  init(interpreter: Interpreter, session: String, now: Int64, messages: MessageCatalog) throws {
    self.interpreter = interpreter
    self.loaded = interpreter.loaded.withLock { $0 }
    self.session = session
    self.now = now
    self.messages = messages
    // Pins first: a database store can learn in the same round trip whether the auth state moved.
    let snapshot = try interpreter.sessions.snapshot(of: session)
    self.store = try interpreter.auth.current()
    self.stored = snapshot.own
    self.own = snapshot.own ?? SessionPins()
    self.parent = snapshot.parent
    dropStalePins()
  }

  var workspace: Workspace { loaded.workspace }
  var selection: ModelSelection { workspace.selection }

  // MARK: - Pins

  /// The model pin in force, with its aliases: the session's own, else its parent's.
  var pinnedModel: CatalogModel? {
    if let own = own.model { return selection.selectableModel(key: own) }
    return parent?.model.flatMap(selection.selectableModel(key:))
  }

  /// The model pin in force.
  var modelPin: ModelRef? { pinnedModel?.ref }

  /// The profile pin in force: the session's own user pin; else, for a thread without a model pin
  /// of its own, its parent's user pin, whether or not the thread has an auto pin of its own
  /// (spec §4.3); else the session's own auto pin.
  var profilePin: (id: String, source: PinSource)? {
    if let id = own.profile, own.profileSource != .auto { return (id, .user) }
    if own.model == nil, let parent, let id = parent.profile, parent.profileSource == .user { return (id, .user) }
    return own.profile.map { ($0, .auto) }
  }

  /// The model the next message uses.
  var routedModel: ModelRef { modelPin ?? selection.defaultModel }

  /// Drops a stored pin that is no longer selectable, or a user profile pin that is gone or of
  /// another provider, and notes it once for the reply.
  mutating func dropStalePins() {
    if let key = own.model, selection.selectableModel(key: key) == nil {
      notices.append(messages.text(.noticeModelPinDropped, ["model": escapedForDisplay(key)]))
      own.model = nil
      ownChanged = true
    }
    // An auto pin is left to the route, which replaces it when it is not in the provider's order.
    if let id = own.profile, own.profileSource != .auto {
      let provider = routedModel.provider
      let profileProvider = store.provider(ofProfile: id)
      if profileProvider != provider {
        let message: MessageID = profileProvider == nil ? .noticeProfilePinGone : .noticeProfilePinOtherProvider
        notices.append(
          messages.text(message, ["profile": escapedForDisplay(id), "provider": escapedForDisplay(provider)]))
        own.profile = nil
        own.profileSource = nil
        ownChanged = true
      }
    }
  }

  /// Stores `own` unless another process changed the session since this turn read it; then the
  /// line is handled again on what that process wrote (`PinsChangedMeanwhile`).
  mutating func saveOwnPins() throws {
    own.updatedAt = now
    guard try interpreter.sessions.save(own, for: session, ifUnchangedFrom: stored) else {
      throw PinsChangedMeanwhile()
    }
    stored = own
    ownChanged = false
  }

  // MARK: - Replies

  /// A reply carrying the route after the line and the notices this turn owes.
  mutating func reply(
    _ kind: Reply.Kind, _ text: String, hint: String? = nil, error: ReplyError? = nil, items: [ListItem]? = nil,
    route known: Route? = nil
  ) throws -> Reply {
    let route = try known ?? route(saving: true)
    if ownChanged { try saveOwnPins() }
    let body = notices.isEmpty ? text : (notices + [text]).filter { !$0.isEmpty }.joined(separator: "\n")
    var error = error
    // Every line escaped (spec §3.5): the views escape what they quote from input, config and
    // state files, and this makes sure no control character reaches a terminal raw even where
    // one was missed. Escaping is idempotent: it never touches a backslash.
    if let message = error?.message { error?.message = escapedLinesForDisplay(message) }
    return Reply(
      session: session, kind: kind, text: escapedLinesForDisplay(body), hint: hint.map(escapedLinesForDisplay),
      route: route, error: error, items: items)
  }

  /// A failed reply: the text is the error's message.
  mutating func failure(
    _ kind: Reply.Kind, _ code: ReplyError.Code, _ message: String, suggestions: [String] = [],
    items: [ListItem]? = nil, extraText: String? = nil
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
