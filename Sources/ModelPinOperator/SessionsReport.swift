import AuthProfiles
import ModelCommand
import ModelPin
import SafeText
import SessionState
import StateFolder

/// `modelpin sessions list|show|clear` over the store `--sessions` names (spec §7.6).
public struct SessionsReport: Sendable {
  private let context: OperatorContext
  private let kind: SessionStoreKind
  private let store: any SessionStore

  /// The sessions of the agent's store of `kind`.
  public init(kind: SessionStoreKind, context: OperatorContext) {
    self.context = context
    self.kind = kind
    store = context.workspace.sessionStore(kind: kind)
  }

  /// The store's file for messages, or `memory`.
  private var storeName: SafeText {
    let layout = context.workspace.layout
    if let database = context.workspace.database { return SafeText(escaping: database.connection.url.display) }
    switch kind {
    case .sqlite: return context.display(layout.pinsDatabase)
    case .json: return context.display(layout.sessionsFile)
    case .memory: return SafeText(escaping: SessionStoreKind.memory.rawValue)
    }
  }

  /// Every session with pins that `filter` lets through, sorted by key.
  public func list(matching filter: SessionFilter = SessionFilter()) throws(OperatorFailure) -> [SessionEntry] {
    do {
      return try store.allPins().filter { filter.matches($0.pins) }.map {
        SessionEntry(session: $0.session, pins: $0.pins)
      }
    } catch {
      throw context.failure(error)
    }
  }

  /// A table with a header and one row per session, its times relative to now; or a sentence
  /// saying there is none.
  public func listText(_ entries: [SessionEntry], filter: SessionFilter = SessionFilter()) -> SafeText {
    let messages = context.messages
    guard !entries.isEmpty else {
      guard filter.isEmpty else {
        return messages.text(.cliSessionsNoneMatching(store: storeName, filter: filter.flags))
      }
      return messages.text(.cliSessionsNone(store: storeName))
    }
    let header: [Message] = [
      .cliSessionsHeaderSession, .cliSessionsHeaderModel, .cliSessionsHeaderProfile, .cliSessionsHeaderUpdated,
    ]
    return Columns.table(
      header: header.map { messages.text($0) }, rows: entries.map { $0.row(messages, now: context.now) })
  }

  /// `{"store", "sessions": [...]}`.
  public func listJSON(_ entries: [SessionEntry]) -> JSONValue {
    let store = context.workspace.database == nil ? kind.rawValue : "postgres"
    return .object(JSONObject([("store", .string(store)), ("sessions", .array(entries.map(\.json)))]))
  }

  /// One session: its own pins, its parent when it is a thread or topic, and the route of its
  /// next message. Nothing is written, not even the dropping of stale pins.
  public func show(_ session: String) throws(OperatorFailure) -> SessionDetail {
    do {
      try SessionKey.validate(session)
      let snapshot = try store.snapshot(of: session)
      let pins = snapshot.own
      let parent = SessionKey.parent(of: session)
      // A thread that never spoke is still worth showing when its parent has pins: it inherits them.
      guard pins != nil || snapshot.parent != nil else {
        let command = SuggestedCommand.listSessions(flags: context.workspace.stateFlags)
        throw context.failure(
          .cliSessionsNoSuchSession(session: session, store: storeName, command: command.description))
      }
      let auth = try context.workspace.authState(persist: false)
      let interpreter = try Interpreter(
        workspace: context.workspace, sessions: OverlaySessionStore(base: store), auth: auth,
        language: context.messages.language)
      return SessionDetail(
        entry: pins.map { SessionEntry(session: session, pins: $0) }, session: session, parent: parent,
        route: interpreter.route(of: session, at: context.now))
    } catch let failure as OperatorFailure {
      throw failure
    } catch {
      throw context.failure(error)
    }
  }

  /// Removes the pins of a session; returns whether it had any.
  public func clear(_ session: String) throws(OperatorFailure) -> Bool {
    do {
      try SessionKey.validate(session)
      guard try store.pins(for: session) != nil else { return false }
      try store.removePins(for: session)
      return true
    } catch {
      throw context.failure(error)
    }
  }

  /// Removes the pins of every session; returns how many had any.
  public func clearAll() throws(OperatorFailure) -> Int {
    do {
      let sessions = try store.allPins().map(\.session)
      for session in sessions { try store.removePins(for: session) }
      return sessions.count
    } catch {
      throw context.failure(error)
    }
  }

  /// What `clear --all` did, in words.
  public func clearAllText(count: Int) -> SafeText {
    context.messages.text(.cliSessionsClearedAll(count: String(count)))
  }

  /// `{"cleared": n}`.
  public func clearAllJSON(count: Int) -> JSONValue {
    .object(JSONObject([("cleared", .integer(Int64(count)))]))
  }

  /// What `clear` did, in words.
  public func clearText(_ session: String, cleared: Bool) -> SafeText {
    context.messages.text(
      cleared ? .cliSessionsCleared(session: session) : .cliSessionsNothingToClear(session: session))
  }

  /// `{"session", "cleared"}`.
  public func clearJSON(_ session: String, cleared: Bool) -> JSONValue {
    .object(JSONObject([("session", .string(session)), ("cleared", .bool(cleared))]))
  }
}

/// One session as `modelpin sessions show` reports it.
public struct SessionDetail: Sendable {
  /// Its own pins; nil when it has none.
  public var entry: SessionEntry?
  public var session: String
  /// The session it inherits a model pin from: the parent of a thread or topic.
  public var parent: String?
  /// What its next message would use now.
  public var route: Route?

  /// Rows of the session, its pins, its parent and its next message's route.
  public func text(_ messages: MessageCatalog, now: Int64) -> SafeText {
    var rows: [(label: SafeText, value: SafeText)] = [
      (messages.text(.cliLabelSession), SafeText(escaping: session)),
      (messages.text(.labelPins), entry?.pinsText(messages) ?? messages.text(.statusPinsNone)),
    ]
    if let parent { rows.append((messages.text(.cliLabelParent), SafeText(escaping: parent))) }
    if let route { rows.append((messages.text(.labelNext), messages.describe(route, now: now))) }
    return Columns.render(rows)
  }

  /// `{"session", "pins", "parent", "route"}`: `pins` as in `sessions list` without `session`, or null.
  public var json: JSONValue {
    var pins = entry?.json.objectValue
    pins?["session"] = nil
    return .object(
      JSONObject([
        ("session", .string(session)), ("pins", pins.map(JSONValue.object) ?? .null),
        ("parent", parent.map(JSONValue.string) ?? .null), ("route", route?.json ?? .null),
      ]))
  }
}
