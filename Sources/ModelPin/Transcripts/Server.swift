/// `modelpin serve --stdio` (spec §7.3): one JSON request per line, one reply per request, in order.
///
/// State is live: pins and outcomes are written as they happen, and changes other processes make
/// to auth-profiles.json are seen by the next request.
///
/// Through a bridge nobody is the owner (spec §7.4): when `commands.allowFrom` is set, a request
/// without a `sender` is refused commands like one whose sender is not in the list.
public struct Server {
  public let interpreter: Interpreter
  /// The real clock (Unix ms), used when a request has no `at`.
  public var clock: @Sendable () -> Int64

  public init(interpreter: Interpreter, clock: @escaping @Sendable () -> Int64) {
    self.interpreter = interpreter
    self.clock = clock
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
        return interpreter.malformedRequestReply(error, session: "main", now: now)
      case .success(var request):
        if request.sender == nil { request.sender = Self.unknownSender }
        return interpreter.handle(request, defaultSession: "main", now: request.at ?? now)
      }
    }
  }
}
