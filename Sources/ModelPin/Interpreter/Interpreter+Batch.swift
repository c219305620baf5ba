import SafeText

extension Interpreter {
  /// Handles several lines as one batch of pin writes (`SessionStore.beginBatch()`): `body` hands
  /// each reply to `add`, and the replies come back once the batch's changes are stored, so that
  /// no reply acknowledges a pin before it is written. OpenClaw's `sessions.json` is then
  /// rewritten once per batch instead of once per change; other stores write as they go.
  ///
  /// When the changes cannot be written, the replies made since the first of them (which may
  /// describe them) say `state_unavailable` instead. Call from one task at a time.
  ///
  /// - Parameter expectedCount: how many replies the batch will likely have, to make room for
  ///   them at once: a reply is large, and growing the array copied them, ~400 instructions a line.
  public func batchingPinWrites(
    expectedCount: Int = 0, _ body: (_ add: (consuming Reply) -> Void) -> Void
  ) -> [Reply] {
    var replies: [Reply] = []
    replies.reserveCapacity(expectedCount)
    guard sessions.writesInBatches else {
      body { replies.append($0) }
      return replies
    }
    sessions.beginBatch()
    var firstDependent: Int?
    body { reply in
      replies.append(reply)
      if firstDependent == nil, sessions.hasUnwrittenChanges { firstDependent = replies.count - 1 }
    }
    do {
      try sessions.endBatch()
    } catch {
      // Worded once: the replies differ only in their session, id and line.
      let unavailable = Self.stateUnavailable(error, session: "", messages: messages(for: nil))
      for index in (firstDependent ?? replies.count)..<replies.count {
        var failed = unavailable
        failed.session = replies[index].session
        failed.id = replies[index].id
        failed.line = replies[index].line
        replies[index] = failed
      }
    }
    return replies
  }
}
