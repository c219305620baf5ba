import AuthProfiles
import StateFolder

/// One JSON line of a JSONL transcript (§7.2) or of `serve` (§7.3): a chat line or an outcome.
public struct Request: Sendable, Equatable {
  public enum Body: Sendable, Equatable {
    case line(String)
    case outcome(OutcomeReport)
  }

  public var id: RequestID?
  public var session: String?
  public var body: Body
  public var sender: String?
  /// The clock for this request and those after it (Unix ms).
  public var at: Int64?
  public var language: Language?

  /// Whether a line reads as a request: a JSON object that parses as one. A text transcript
  /// that starts with such a line was probably meant as JSONL.
  static func looksLikeRequest(_ bytes: [UInt8]) -> Bool {
    guard bytes.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "{") else {
      return false
    }
    if case .success = parse(bytes) { return true }
    return false
  }

  /// Parses a request object; the error says what is wrong with it, in English for the log.
  public static func parse(_ bytes: [UInt8]) -> Result<Request, RequestError> {
    var object = Members()
    var repaired = false
    do {
      guard
        try JSONValue.parseMembers(
          utf8: bytes, named: Members.Key.names, repaired: &repaired, { object.keep($0, $1) })
      else {
        return .failure(RequestError(id: nil, reason: .notAnObject))
      }
    } catch {
      // A request is one line: its column says where, its line would always be 1.
      return .failure(RequestError(id: nil, reason: .notJSON("column \(error.column): \(error.message)")))
    }
    // Each value is taken out of `object`, not copied from it: the copies, and the release of
    // the originals with `object`, cost ~260 instructions a request.
    let id = requestID(object.id.take())
    // Read first, so that a reply to a request wrong elsewhere is still its session's, in its language.
    let session = optionalString(object.session.take())
    let language = object.lang?.stringValue.map(Language.nearest(to:))
    func fail(_ reason: RequestError.Reason) -> Result<Request, RequestError> {
      // A repaired key is another session's: such an error answers for no session.
      .failure(RequestError(id: id, session: repaired ? nil : session ?? nil, language: language, reason: reason))
    }
    // Repaired text would merge sessions (`tg:\xff` and `tg:\xfe` both `tg:\u{FFFD}`).
    guard !repaired else { return fail(.notText) }
    guard let session else { return fail(.wrongType(field: "session", expected: "a string")) }
    guard let sender = optionalString(object.sender.take()) else {
      return fail(.wrongType(field: "sender", expected: "a string"))
    }
    var at: Int64?
    if let text = object.at.take(), text != .null {
      guard let parsed = text.stringValue.flatMap(Timestamp.parse) else {
        return fail(.wrongType(field: "at", expected: "an ISO 8601 time such as 2026-11-24T10:00:00Z"))
      }
      at = parsed
    }
    // Any tag: one without a catalog falls back to the nearest, else English (spec §7.3).
    if let name = object.lang, name != .null, name.stringValue == nil {
      return fail(.wrongType(field: "lang", expected: "a language tag"))
    }
    let body: Body
    if let outcome = object.outcome.take(), outcome != .null {
      switch parseOutcome(outcome) {
      case .success(let report): body = .outcome(report)
      case .failure(let error): return fail(error.reason)
      }
    } else if let text = object.text.take() {
      guard let line = text.stringValue else { return fail(.wrongType(field: "text", expected: "a string")) }
      body = .line(line)
    } else {
      return fail(.missingTextOrOutcome)
    }
    return .success(Request(id: id, session: session, body: body, sender: sender, at: at, language: language))
  }

  /// The members a request reads, each with its last value, as `JSONObject` would keep it; the
  /// others are read, for their errors, and dropped.
  private struct Members {
    /// In the order a key is looked for, most frequent first: every line has a session and a
    /// text, most a sender and a time.
    enum Key: Int {
      case session, text, sender, at, id, lang, outcome

      /// The keys as they are written, in the order of the cases.
      static let names: [StaticString] = ["session", "text", "sender", "at", "id", "lang", "outcome"]
    }

    var id, session, sender, at, lang, outcome, text: JSONValue?

    /// Keeps the value of the key at `name` in `Key.names`.
    mutating func keep(_ name: Int, _ value: JSONValue) {
      switch Key(rawValue: name) {
      case .id: id = value
      case .session: session = value
      case .sender: sender = value
      case .at: at = value
      case .lang: lang = value
      case .outcome: outcome = value
      case .text: text = value
      case nil: break
      }
    }
  }

  private static func parseOutcome(_ value: JSONValue) -> Result<OutcomeReport, RequestError> {
    func fail(_ reason: RequestError.Reason) -> Result<OutcomeReport, RequestError> {
      .failure(RequestError(id: nil, reason: reason))
    }
    guard let object = value.objectValue else { return fail(.wrongType(field: "outcome", expected: "an object")) }
    guard let name = object["result"]?.stringValue, let result = Outcome(rawValue: name) else {
      let names = Outcome.allCases.map(\.rawValue).joined(separator: ", ")
      return fail(.wrongType(field: "outcome.result", expected: "one of \(names)"))
    }
    for field in ["profile", "model", "message"] where optionalString(object[field]) == nil {
      return fail(.wrongType(field: "outcome.\(field)", expected: "a string"))
    }
    return .success(
      OutcomeReport(
        result: result, profile: object["profile"]?.stringValue, model: object["model"]?.stringValue,
        message: object["message"]?.stringValue))
  }

  /// nil when the value has the wrong type; `.some(nil)` when absent or null.
  private static func optionalString(_ value: JSONValue?) -> String?? {
    guard let value, value != .null else { return .some(nil) }
    return value.stringValue.map { .some($0) } ?? nil
  }

  private static func requestID(_ value: JSONValue?) -> RequestID? {
    switch value {
    case .number(let text): return .number(text)
    case .string(let text): return .string(text)
    default: return nil
    }
  }
}

/// Why a request line was refused.
public struct RequestError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    case notJSON(String)
    case notAnObject
    case wrongType(field: String, expected: String)
    case missingTextOrOutcome
    /// Invalid UTF-8, or a lone surrogate escape.
    case notText
  }

  /// The request's id, when it could be read, so the reply can carry it.
  public var id: RequestID?
  /// The request's session, when it could be read, so the reply is that session's.
  public var session: String?
  /// The request's language, when it could be read, so the reply is in it.
  public var language: Language?
  public var reason: Reason

  public init(id: RequestID?, session: String? = nil, language: Language? = nil, reason: Reason) {
    self.id = id
    self.session = session
    self.language = language
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .notJSON(let detail): return "not JSON (\(detail))"
    case .notAnObject: return "not a JSON object"
    case .wrongType(let field, let expected): return "\(field) must be \(expected)"
    case .missingTextOrOutcome: return "needs \"text\" or \"outcome\""
    case .notText: return "holds invalid UTF-8 or a lone surrogate escape; send UTF-8 text"
    }
  }
}
