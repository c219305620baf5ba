/// What the completion callback gets: the line up to the cursor and where libedit's word starts.
public struct CompletionRequest: Sendable, Equatable {
  /// The line typed so far, up to the cursor.
  public var line: String
  /// Where the word libedit replaces starts in `line`, in UTF-8 bytes. libedit breaks words at
  /// spaces and at `@ = $ > < ; | & { ( " ' \``, so after `model@` the word is the profile alone.
  public var wordStart: Int

  public init(line: String, wordStart: Int) {
    self.line = line
    self.wordStart = wordStart
  }

  /// The request for libedit's line buffer, whose word starts at character `start` and whose
  /// cursor is at character `end` (libedit counts characters where the request counts bytes).
  init(lineBuffer: String, start: Int, end: Int) {
    let scalars = lineBuffer.unicodeScalars
    self.line = String(String.UnicodeScalarView(scalars.prefix(max(end, 0))))
    self.wordStart = String(String.UnicodeScalarView(scalars.prefix(max(start, 0)))).utf8.count
  }
}

/// Returns what replaces the word of the request, one entry per candidate.
public typealias Completer = @Sendable (CompletionRequest) -> [String]
