/// Where an agent's auth state lives, and the one way it changes: `auth-profiles.json`
/// (``AuthProfileFile``), a copy in memory (``AuthStateSnapshot``), or a database.
///
/// Every change is a read-modify-write serialized with all other writers, processes included
/// (a file lock, a transaction), so no outcome, count or cooldown is lost.
public protocol AuthStateStore: AnyObject, Sendable {
  /// Where the state lives, for messages: a path, or a server with its password masked.
  var location: String { get }

  /// The state as it is now; cheap when nothing changed since the last call.
  func current() throws -> AuthStore

  /// Re-reads the state, applies `body`, runs `alongside` with the changed state, and saves the
  /// result when it changed, as one step that no other writer interleaves with.
  ///
  /// `alongside` is the write of another store that belongs to this change, such as the pin an
  /// outcome rotates a session to. A database runs it in the change's transaction: both commit,
  /// or neither does. Files have no transaction: it runs under the auth file's lock, before the
  /// file is written. Either way nothing of the change is saved when `body` or `alongside` throws.
  @discardableResult
  func update<Result>(_ body: (inout AuthStore) throws -> Result, alongside: (AuthStore) throws -> Void) throws
    -> Result
}

extension AuthStateStore {
  /// Re-reads the state, applies `body` and saves the result when it changed, as one step that
  /// no other writer interleaves with; nothing is saved when `body` throws.
  @discardableResult
  public func update<Result>(_ body: (inout AuthStore) throws -> Result) throws -> Result {
    try update(body, alongside: { _ in })
  }
}
