import ModelCommand
import SafeText

/// `modelpin replay` (spec §7.2): transcript lines in, one reply per handled line out.
///
/// Deterministic: the clock starts at `now` and only an `at` moves it. Streaming: it keeps
/// nothing per line, so memory grows with the number of sessions, not with the transcript.
public struct Replayer {
  /// How transcript lines are read.
  public enum Format: String, Sendable, CaseIterable {
    /// One chat line per line for one session; `#` comments and blank lines skipped.
    case text
    /// One JSON object per line: `{"session", "text", "at", "sender"}` or `{"session", "at", "outcome"}`.
    case jsonl
  }

  public let interpreter: Interpreter
  public var format: Format
  /// The session of text transcripts and of JSONL lines that name none.
  public var session: String
  /// The clock (Unix ms) before the first `at`.
  public var now: Int64

  public init(interpreter: Interpreter, format: Format, session: String = "main", now: Int64) {
    self.interpreter = interpreter
    self.format = format
    self.session = session
    self.now = now
  }

  /// Replays every line and passes each reply to `output`; returns how many replies were not ok.
  @discardableResult
  public mutating func run(_ lines: some Sequence<InputLine>, output: (Reply) -> Void) -> Int {
    var failures = 0
    for line in lines {
      guard let reply = reply(to: line) else { continue }
      if !reply.ok { failures += 1 }
      output(reply)
    }
    return failures
  }

  /// The reply to one transcript line, carrying its line number; nil for comments and blank lines.
  public mutating func reply(to line: InputLine) -> Reply? {
    reply(to: Entry(line.content, format: format, parser: interpreter.parser), line: line.number)
  }

  /// The reply to a decoded transcript line, carrying its line number; nil for comments and blank lines.
  mutating func reply(to entry: consuming Entry, line: Int) -> Reply? {
    guard var reply = reply(to: entry, naming: line) else { return nil }
    reply.line = line
    return reply
  }

  private mutating func reply(to entry: consuming Entry, naming line: Int) -> Reply? {
    switch consume entry {
    case .skipped:
      return nil
    case .tooLong(let count):
      return interpreter.tooLongReply(session: session, byteCount: count, now: now)
    case .chat(let parsed):
      return interpreter.handle(parsed: parsed, session: session, sender: nil, now: now, language: nil)
    case .malformed(let error):
      return interpreter.malformedRequestReply(error, session: session, now: now, line: line)
    case .request(let request, let parsed):
      if let at = request.at { now = at }
      return interpreter.handle(request, parsed: parsed, defaultSession: session, now: now)
    }
  }

  /// A transcript line decoded and parsed for interpreting: what can be made of it without the
  /// interpreter's state, so that another thread can make it.
  enum Entry: Sendable {
    /// A comment or a blank line.
    case skipped
    case tooLong(byteCount: Int)
    /// A line of a text transcript.
    case chat(ParsedLine)
    /// A line of a JSONL transcript, with its text parsed when it has one.
    case request(Request, parsed: ParsedLine?)
    /// A line of a JSONL transcript that is not a request.
    case malformed(RequestError)

    init(_ content: InputLine.Content, format: Format, parser: CommandParser) {
      switch (content, format) {
      case (.tooLong(let count), _):
        self = .tooLong(byteCount: count)
      case (.bytes(let bytes), .text):
        let first = bytes.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        self = first == nil || first == UInt8(ascii: "#") ? .skipped : .chat(parser.parse(utf8: bytes))
      case (.bytes(let bytes), .jsonl):
        guard bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
          self = .skipped
          return
        }
        switch Request.parse(bytes) {
        case .failure(let error):
          self = .malformed(error)
        case .success(let request):
          guard case .line(let text) = request.body else {
            self = .request(request, parsed: nil)
            return
          }
          self = .request(request, parsed: parser.parse(text))
        }
      }
    }
  }
}

extension Interpreter {
  /// The reply to a parsed request of a JSONL transcript or of `serve`.
  public func handle(_ request: Request, defaultSession: String, now: Int64) -> Reply {
    handle(request, parsed: nil, defaultSession: defaultSession, now: now)
  }

  /// `handle(_:defaultSession:now:)` of a request whose text may be parsed already.
  func handle(
    _ request: consuming Request, parsed: consuming ParsedLine?, defaultSession: String, now: Int64
  ) -> Reply {
    let session = request.session ?? defaultSession
    var reply: Reply
    switch request.body {
    case .line(let text):
      reply = handle(
        parsed: parsed.take() ?? parser.parse(text), session: session, sender: request.sender, now: now,
        language: request.language)
    case .outcome(let report):
      reply = record(report, session: session, at: now, language: request.language)
    }
    // Moved, not copied, as the parsed line above: a copy of an optional enum went through its
    // generic value witness.
    reply.id = request.id.take()
    return reply
  }

  /// The `invalid` reply to a request line that is not a request; `line` is its transcript line.
  public func malformedRequestReply(_ error: RequestError, session: String, now: Int64, line: Int? = nil) -> Reply {
    // The request's own session and language when they could be read (spec §7.3).
    let session = error.session ?? session
    let message = malformedRequestText(error, line: line)
    var reply = Reply(
      session: SafeText(escaping: session).string, kind: .invalid, text: message, route: route(of: session, at: now),
      error: ReplyError(code: .invalidInput, message: message))
    reply.id = error.id
    return reply
  }

  /// Why a request line is not a request, naming its transcript line when it has one.
  private func malformedRequestText(_ error: RequestError, line: Int?) -> SafeText {
    let reason = error.description
    let messages = messages(for: error.language)
    guard let line else { return messages.text(.errorMalformedRequest(reason: reason)) }
    return messages.text(.errorMalformedRequestLine(line: String(line), reason: reason))
  }

  /// The `invalid` reply to a line over the 1 MiB limit, which was skipped unread.
  public func tooLongReply(session: String, byteCount: Int, now: Int64) -> Reply {
    let message = messages(for: nil).text(.errorLineTooLong(bytes: String(byteCount)))
    return Reply(
      session: session, kind: .invalid, text: message, route: route(of: session, at: now),
      error: ReplyError(code: .invalidInput, message: message))
  }
}
