import SafeText

extension Interpreter {
  /// Handles several lines as one batch of pin writes (`SessionStore.beginBatch()`): `body` hands
  /// each reply to `add`, and the replies come back once the batch's changes are stored, so that
  /// no reply acknowledges a pin before it is written. OpenClaw's `sessions.json` is then
  /// rewritten once per batch instead of once per change; other stores write as they go.
  ///
  /// When the changes cannot be written, the replies made since the first of them (which may
  /// describe them) say `state_unavailable` instead. Call from one task at a time.
  public func batchingPinWrites(_ body: (_ add: (Reply) -> Void) -> Void) -> [Reply] {
    guard sessions.writesInBatches else {
      var replies: [Reply] = []
      body { replies.append($0) }
      return replies
    }
    sessions.beginBatch()
    var replies: [Reply] = []
    var firstDependent: Int?
    body { reply in
      replies.append(reply)
      if firstDependent == nil, sessions.hasUnwrittenChanges { firstDependent = replies.count - 1 }
    }
    do {
      try sessions.endBatch()
    } catch {
      for index in (firstDependent ?? replies.count)..<replies.count {
        var failed = Self.stateUnavailable(error, session: replies[index].session, messages: messages(for: nil))
        failed.id = replies[index].id
        failed.line = replies[index].line
        replies[index] = failed
      }
    }
    return replies
  }
}
