import SafeText

/// `modelpin serve --stdio` (spec §7.3): one JSON request per line, one reply per request, in order.
///
/// State is live: pins and outcomes are written as they happen, and changes other processes make
/// to auth-profiles.json, the config or `.env` are seen by the next request.
///
/// Through a bridge nobody is the owner (spec §7.4): when `commands.allowFrom` is set, a request
/// without a `sender` is refused commands like one whose sender is not in the list.
public struct Server {
  public let interpreter: Interpreter
  /// The real clock (Unix ms), used when a request has no `at`.
  public var clock: @Sendable () -> Int64
  /// Whether every reply's route carries its secret (`--credentials`, spec §6); false by default.
  public var handsOutSecrets: Bool

  /// A server; with `handsOutSecrets` (`--credentials`), every reply's route carries its secret.
  public init(interpreter: Interpreter, clock: @escaping @Sendable () -> Int64, handsOutSecrets: Bool = false) {
    self.interpreter = interpreter
    self.clock = clock
    self.handsOutSecrets = handsOutSecrets
  }

  /// The sender of a request that names none: the empty id, which is not the owner and which no
  /// sensible `commands.allowFrom` lists.
  static let unknownSender = ""

  /// Answers every request line; each reply goes to `output` before the next line is read.
  public func run(_ lines: some Sequence<InputLine>, output: (Reply) -> Void) {
    for line in lines {
      if let reply = reply(to: line) { output(reply) }
    }
  }

  /// The most requests whose pin writes are kept for one write of a store that rewrites a whole file.
  static let batchLimit = 256

  /// Answers every request line, as `run(_:output:)`, except that with a store that rewrites a
  /// whole file per change (OpenClaw's `sessions.json`), the requests read already when one is
  /// answered form one batch, ended early by an outcome: their pins are written once, then their
  /// replies go to `output`.
  /// A bridge that waits for each reply gets each as before; a burst costs one write, not one a pin.
  package func run(_ lines: InputLines, output: (Reply) -> Void) {
    var ended = false
    while !ended {
      let replies = interpreter.batchingPinWrites { add in
        var count = 0
        var recordedOutcome = false
        repeat {
          guard let line = lines.next() else {
            ended = true
            return
          }
          if let reply = reply(to: line) {
            // An outcome is in the shared auth state once recorded: its reply goes out with the
            // batch it ends, so a killed server leaves at most one outcome recorded unanswered.
            recordedOutcome = reply.kind == .outcome
            add(reply)
          }
          count += 1
        } while count < Self.batchLimit && interpreter.sessions.writesInBatches && lines.hasBufferedLine
          && !recordedOutcome
      }
      replies.forEach(output)
    }
  }

  /// The reply to one request line; nil for a blank line.
  public func reply(to line: InputLine) -> Reply? {
    let now = clock()
    switch line.content {
    case .tooLong(let count):
      return interpreter.tooLongReply(session: "main", byteCount: count, now: now)
    case .bytes(let bytes):
      guard bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") })
      else { return nil }
      switch Request.parse(bytes) {
      case .failure(let error):
        let hint = interpreter.reloadIfChanged(language: error.language)
        return adding(hint, to: interpreter.malformedRequestReply(error, session: "main", now: now))
      case .success(var request):
        if request.sender == nil { request.sender = Self.unknownSender }
        let hint = interpreter.reloadIfChanged(language: request.language)
        return adding(hint, to: interpreter.handle(request, defaultSession: "main", now: request.at ?? now))
      }
    }
  }

  /// `reply` with the reload's hint after its own, when there is one, and with `--credentials`
  /// the route's secret.
  private func adding(_ hint: SafeText?, to reply: Reply) -> Reply {
    var reply = reply
    if let hint { reply.hint = [reply.hint, hint.string].compactMap { $0 }.joined(separator: " ") }
    if handsOutSecrets, let route = reply.route {
      // A secret that cannot be read now is no secret: the route says which credential it is.
      reply.routeSecret = .some(try? interpreter.secret(for: route))
    }
    return reply
  }
}
