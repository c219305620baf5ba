import AuthProfiles
import ModelCatalog
import ModelCommand
import SafeText
import SessionState
import StateFolder
import Synchronization

/// Turns chat lines into replies and keeps every session's pins: the library chat bridges embed.
///
/// ```swift
/// let interpreter = try Interpreter(workspace: workspace, sessions: store, auth: auth)
/// let reply = interpreter.handle("/model sonnet@anthropic:work", session: "telegram:dm:42", at: now)
/// print(reply.text)
/// ```
///
/// Calls may come from any number of tasks at once; each line is handled as one step against the
/// shared stores, so no pin and no outcome is lost.
public final class Interpreter: Sendable {
  /// The state folder's config, environment and selectable models, with what is derived from
  /// them; replaced when `reloadIfChanged` reads changed files.
  let loaded: Mutex<LoadedWorkspace>
  let sessions: any SessionStore
  let auth: any AuthStateStore
  /// The catalog of each language, in `Language.allCases` order: found by a scan of two, not a hash.
  let catalogs: [MessageCatalog]
  /// The language of replies when a request names none.
  public let language: Language
  /// The numbered models each session was last shown (`list` or `ambiguous_model`), for
  /// `/model <n>`: of the sessions shown one most recently, so memory stays bounded.
  let lastLists = Mutex(ShownLists())
  /// One line at a time: pins and outcomes are read-modify-write steps over shared stores.
  let turnLock = Mutex<Void>(())
  /// What `Turn.text(of:)` made of routes, by language (see there).
  let routeTexts = Mutex<[RouteTextKey: RouteText]>([:])
  /// What chat replies said of their routes, by pins (see `ChatRoutes`).
  let chatRoutes = Mutex(ChatRoutes())

  /// An interpreter over these stores, answering in `language`.
  public init(workspace: Workspace, sessions: any SessionStore, auth: any AuthStateStore, language: Language = .english)
    throws
  {
    self.loaded = Mutex(LoadedWorkspace(workspace))
    self.sessions = sessions
    self.auth = auth
    self.language = language
    self.catalogs = try Language.allCases.map(MessageCatalog.load)
  }

  /// The state folder's config, environment and selectable models, as last read.
  public var workspace: Workspace { loaded.withLock { $0 }.workspace }
  /// The parser of chat lines, which knows the aliases of the config.
  var parser: CommandParser { loaded.withLock { $0 }.parser }

  /// Handles one chat line of `session` at `now` (Unix ms) and returns its reply.
  ///
  /// - Parameters:
  ///   - sender: who sent it through a bridge; nil is the owner (REPL, replay).
  ///   - language: the reply's language; nil is the interpreter's.
  public func handle(
    _ line: String, session: String, sender: String? = nil, at now: Int64, language: Language? = nil
  ) -> Reply {
    handle(parsed: parser.parse(line), session: session, sender: sender, now: now, language: language)
  }

  /// Handles one line given as raw bytes; invalid UTF-8 is answered as `invalid_input`.
  public func handle(
    utf8 line: [UInt8], session: String, sender: String? = nil, at now: Int64, language: Language? = nil
  ) -> Reply {
    handle(parsed: parser.parse(utf8: line), session: session, sender: sender, now: now, language: language)
  }

  /// Records what a call did for a profile (spec §5.5) and returns the `outcome` reply, which a
  /// bridge may show or drop.
  @discardableResult
  public func record(
    _ report: OutcomeReport, session: String, at now: Int64, language: Language? = nil
  ) -> Reply {
    // An outcome takes the auth state's lock before the session store's (its rotated pin is saved
    // alongside): a batch must not hold the store's lock meanwhile, or two processes could each
    // hold the lock the other waits for.
    sessions.writeBatchSoFar()
    // Handled again when the session's pins change meanwhile: the outcome is applied only once.
    var recorded: RecordedOutcome?
    return withTurn(session: session, now: now, language: language) { turn in
      try turn.record(report, once: &recorded)
    }
  }

  /// The route the next chat message of `session` would take, without changing anything.
  public func route(of session: String, at now: Int64) -> Route? {
    turnLock.withLock { _ in
      guard (try? SessionKey.validate(session)) != nil,
        let turn = try? Turn(interpreter: self, session: session, now: now, messages: messages(for: nil))
      else { return nil }
      var pins = turn.pins
      return pins.route(turn.facts)
    }
  }

  /// Handles a line parsed already, e.g. on another thread (`Replayer.run(descriptor:limit:output:)`).
  func handle(
    parsed: ParsedLine, session: String, sender: String?, now: Int64, language: Language?
  ) -> Reply {
    let plainChat = if case .chat(let chat) = parsed { chat.hints.isEmpty } else { false }
    return withTurn(session: session, now: now, language: language, keptAnswerFirst: plainChat) { turn in
      try turn.handle(parsed, sender: sender)
    }
  }

  /// Runs `body` on a turn of `session`; with `keptAnswerFirst`, a chat line without hints, it
  /// answers from `ChatRoutes` instead when an answer kept for the session's pins holds.
  private func withTurn(
    session: String, now: Int64, language: Language?, keptAnswerFirst: Bool = false,
    _ body: (inout Turn) throws -> Reply
  ) -> Reply {
    let messages = messages(for: language)
    do {
      try SessionKey.validate(session)
    } catch {
      let message = messages.text(.errorInvalidSessionKey(reason: messages.reason(of: error)))
      return Reply(
        session: SafeText(escaping: session).string, kind: .invalid, text: message, route: nil,
        error: ReplyError(code: .invalidInput, message: message))
    }
    return turnLock.withLock { _ in
      do {
        let first = try Turn.Reading(of: session, in: self)
        if keptAnswerFirst, let reply = keptChatReply(session: session, reading: first, now: now, messages: messages) {
          return reply
        }
        var reading: Turn.Reading? = consume first
        return try handledAgainWhilePinsChange {
          // The first attempt decides on what was read above; another reads again.
          let read = try reading.take() ?? Turn.Reading(of: session, in: self)
          var turn = Turn(interpreter: self, session: session, now: now, messages: messages, reading: read)
          return try body(&turn)
        }
      } catch {
        return Self.stateUnavailable(error, session: session, messages: messages)
      }
    }
  }

  /// The reply to a chat line without hints from the answer kept for the session's pins as
  /// read, when one holds and pins nothing: such a line needs no turn. An answer is kept only
  /// from a turn that dropped no pin as it began, so the pins as read are the pins it was keyed by.
  private func keptChatReply(session: String, reading: Turn.Reading, now: Int64, messages: MessageCatalog) -> Reply? {
    let key = ChatRoutes.Key(pins: reading.pins, language: messages.language)
    guard let answer = chatRoutes.withLock({ $0.answer(for: key, store: reading.store, now: now) }),
      !answer.movesAutoPin
    else { return nil }
    return Reply(session: session, kind: .chat, text: answer.text, route: answer.route)
  }

  /// The `state_unavailable` reply of a session whose state could not be read or written.
  static func stateUnavailable(_ error: any Error, session: String, messages: MessageCatalog) -> Reply {
    let reason = messages.reason(of: error)
    return Reply(
      session: session, kind: .invalid, text: messages.text(.errorStateUnavailable(reason: reason)), route: nil,
      error: ReplyError(code: .stateUnavailable, message: reason))
  }

  /// How many times a line is handled again when other processes keep changing its session.
  static let maximumAttempts = 64

  /// Runs `turn` until its pins are saved without another process changing them in between.
  private func handledAgainWhilePinsChange(_ turn: () throws -> Reply) throws -> Reply {
    for _ in 1..<Self.maximumAttempts {
      do {
        return try turn()
      } catch is PinsChangedMeanwhile {
        continue
      }
    }
    return try turn()
  }

  func messages(for language: Language?) -> MessageCatalog {
    let language = language ?? self.language
    return catalogs.first { $0.language == language }!
  }
}
