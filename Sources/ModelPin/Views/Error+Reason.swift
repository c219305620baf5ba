import AuthProfiles
import SafeText
import SessionState
import StateFolder

extension MessageCatalog {
  /// Why the state could not be read or written, or a session key is unusable, in this catalog's
  /// language: the errors of the lower targets carry data, and are put into words here, once.
  ///
  /// What the operating system, a parser, SQLite or PostgreSQL says (`permission denied`,
  /// `expected ':'`) stays as they said it; an error this does not know is shown as it describes itself.
  package func reason(of error: any Error) -> SafeText {
    switch error {
    case let error as SessionStoreError: reason(of: error)
    case let error as AuthStoreError: reason(of: error)
    case let error as ConfigError: reason(of: error)
    case let error as StateFileError: reason(of: error)
    case is PinsChangedMeanwhile: text(.reasonPinsKeptChanging)
    default: SafeText(escaping: String(describing: error))
    }
  }

  private func reason(of error: SessionStoreError) -> SafeText {
    switch error {
    case .invalidSessionKey(_, .empty): text(.reasonSessionKeyEmpty)
    case .invalidSessionKey(_, .tooLong(let bytes)):
      text(.reasonSessionKeyTooLong(bytes: String(bytes), limit: String(SessionKey.maximumBytes)))
    case .invalidSessionKey(_, .controlCharacter(let value)):
      text(.reasonSessionKeyControl(character: DisplayCharacters.scalarName(value)))
    case .unparsable(let path, let parse):
      text(
        .reasonSessionsUnparsable(
          path: path, line: String(parse.line), column: String(parse.column), reason: parse.message))
    case .lockTimeout(let path): text(.reasonLocked(path: path))
    case .file(let error): reason(of: error)
    case .databaseBusy(let path): text(.reasonDatabaseBusy(path: path))
    case .damagedDatabase(let path): text(.reasonDamagedDatabase(path: path))
    case .unknownStoreKind, .unexpectedContent, .database: SafeText(escaping: error.description)
    }
  }

  private func reason(of error: StateFileError) -> SafeText {
    text(.reasonFile(path: error.path, reason: error.reason))
  }

  private func reason(of error: ConfigError) -> SafeText {
    switch error {
    case .invalidValue(let path, let key, let expected):
      text(.reasonConfigInvalid(path: path, key: key, expected: expected))
    case .duplicateAlias(let path, let alias, let first, let second):
      text(.reasonConfigDuplicateAlias(path: path, alias: alias, first: first, second: second))
    case .unreadable(let error): reason(of: error)
    case .unparsable: SafeText(escaping: error.description)
    }
  }

  private func reason(of error: AuthStoreError) -> SafeText {
    switch error {
    case .unparsable(let path, let parse):
      text(
        .reasonAuthUnparsable(path: path, line: String(parse.line), column: String(parse.column), reason: parse.message)
      )
    case .file(let error): reason(of: error)
    case .invalidValue, .unknownProfile, .wrongProvider, .emptyOrder, .emptyToken: SafeText(escaping: error.description)
    }
  }
}
