import StateFolder

/// The session stores `--sessions` can name (spec §2).
public enum SessionStoreKind: String, Sendable, CaseIterable {
  /// `pins.sqlite`, the embedded default.
  case sqlite
  /// OpenClaw's `sessions.json`.
  case json
  /// This process only.
  case memory

  /// The kind named by `--sessions` text, in any case, e.g. `json`.
  public init(parsing text: String) throws(SessionStoreError) {
    guard let kind = SessionStoreKind(rawValue: text.lowercased()) else { throw .unknownStoreKind(text) }
    self = kind
  }
}

/// The store of `kind` for the agent of `layout`; files are opened on first use, not here.
public func makeSessionStore(kind: SessionStoreKind, layout: StateLayout) -> any SessionStore {
  switch kind {
  case .sqlite: SQLiteSessionStore(path: layout.pinsDatabase)
  case .json: JSONSessionStore(path: layout.sessionsFile, agent: layout.agent)
  case .memory: InMemorySessionStore()
  }
}
