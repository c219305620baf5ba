/// A source of REPL input lines.
public protocol LineReader: AnyObject {
  /// The next line without its line break, or nil at end of input.
  func readLine(prompt: String) -> LineReaderEvent
  /// Records an entered line in the history (and its file, when there is one).
  func addHistory(_ line: String)
}

/// What reading a line gave.
public enum LineReaderEvent: Equatable {
  /// A line, as bytes: input that is not UTF-8 is the interpreter's to refuse.
  case line([UInt8])
  /// Ctrl-C: the line being typed was dropped.
  case cancelled
  /// Ctrl-D or the end of the input.
  case end
}

/// What the completion callback gets: the line so far and the word under the cursor.
public struct CompletionRequest: Sendable, Equatable {
  /// The whole line typed so far.
  public var line: String
  /// The word being completed.
  public var word: String
  /// Where `word` starts in `line`, in UTF-8 bytes.
  public var wordStart: Int

  public init(line: String, word: String, wordStart: Int) {
    self.line = line
    self.word = word
    self.wordStart = wordStart
  }
}

/// Returns the candidates that complete `word`.
public typealias Completer = @Sendable (CompletionRequest) -> [String]
