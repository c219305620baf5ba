import Synchronization

/// Auth state read once from another store and changed only in memory: what `replay` without
/// `--persist` uses, since it reads the state but changes nothing.
public final class AuthStateSnapshot: AuthStateStore {
  private let state: Mutex<AuthStore>
  public let location: String

  /// A copy of what `base` holds now.
  public init(of base: any AuthStateStore) throws {
    self.state = Mutex(try base.current())
    self.location = base.location
  }

  public func current() -> AuthStore {
    state.withLock { $0 }
  }

  @discardableResult
  public func update<Result>(_ body: (inout AuthStore) throws -> Result, alongside: (AuthStore) throws -> Void)
    throws -> Result
  {
    try state.withLock { store in
      var changed = store
      let result = try body(&changed)
      try alongside(changed)
      store = changed
      return result
    }
  }
}
