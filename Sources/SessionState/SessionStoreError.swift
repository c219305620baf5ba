import SafeText
import StateFolder

/// Why a session store could not do what was asked; each message names the file and what to do.
public enum SessionStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A session key that is empty, too long or holds a control character.
  case invalidSessionKey(String, problem: SessionKeyProblem)
  /// A `--sessions` value that names no store.
  case unknownStoreKind(String)
  /// `sessions.json` is not JSON; it is left untouched.
  case unparsable(path: String, JSONParseError)
  /// `sessions.json` parses but is not an object of sessions, or an entry is not an object.
  case unexpectedContent(path: String, problem: String)
  /// Another process held the lock of the file for longer than modelpin waits.
  case lockTimeout(path: String)
  /// A file or folder could not be read, written or locked.
  case file(StateFileError)
  /// The database stayed locked by other processes for longer than modelpin waits.
  case databaseBusy(path: String)
  /// The database file is not a SQLite database, or is damaged.
  case damagedDatabase(path: String)
  /// Any other database failure, with SQLite's message.
  case database(path: String, message: String)

  public var description: String {
    let leaveIt = "fix or move the file; modelpin does not overwrite it"
    switch self {
    case .invalidSessionKey(let key, let problem):
      return "invalid session key \(Self.quoted(key)): \(problem)"
    case .unknownStoreKind(let text):
      let kinds = SessionStoreKind.allCases.map(\.rawValue)
      let choices = kinds.dropLast().joined(separator: ", ") + " or " + kinds.last!
      return "unknown session store \(Self.quoted(text)); use \(choices)"
    case .unparsable(let path, let error):
      return "\(path):\(error.line):\(error.column): \(error.message); \(leaveIt)"
    case .unexpectedContent(let path, let problem):
      return "\(path): \(problem); \(leaveIt)"
    case .lockTimeout(let path):
      return "\(path): locked by another process for too long; retry, or delete it if no OpenClaw or modelpin runs"
    case .file(let error):
      return error.description
    case .databaseBusy(let path):
      return "\(path): locked by other processes for too long; retry"
    case .damagedDatabase(let path):
      return "\(path): not a pins database, or damaged; move it away to start with no pins"
    case .database(let path, let message):
      return "\(path): \(message)"
    }
  }

  /// `text` in quotes for a message: escaped for display, shortened after 64 characters.
  static func quoted(_ text: String) -> String {
    SafeText.quoted(text, limit: 64).string
  }
}
