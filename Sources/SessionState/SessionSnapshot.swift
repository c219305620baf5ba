/// What one turn reads of a session: its own pins and, for a thread or topic, its parent's.
public struct SessionSnapshot: Sendable, Equatable {
  /// The session's own stored pins; nil when it has none.
  public var own: SessionPins?
  /// The pins of the session's parent (`…:thread:<id>`, `…:topic:<id>`); nil when it has none.
  public var parent: SessionPins?

  public init(own: SessionPins? = nil, parent: SessionPins? = nil) {
    self.own = own
    self.parent = parent
  }
}
