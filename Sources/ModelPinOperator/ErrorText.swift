import AuthProfiles
import ModelCommand
import ModelPin
import SafeText
import SessionState
import StateFolder

extension MessageCatalog {
  /// The text of an error of the state folder in this language, paths shortened to `~`.
  ///
  /// Details that come from a parser (`expected ':'`) or the system (`permission denied`) stay
  /// as they were given.
  func describe(_ error: any Error, home: String?, flags: StateFlags = StateFlags()) -> SafeText {
    let path = { (path: String) in StateLayout.displayPath(path, home: home) }
    switch error {
    case let error as OperatorFailure:
      return error.text
    case let error as AuthStoreError:
      return describe(error, path: path, flags: flags)
    case let error as ConfigError:
      return describe(error, path: path)
    case let error as StateFileError:
      return text(.reasonFile(path: path(error.path), reason: error.reason))
    case let error as SessionStoreError:
      return describe(error, path: path)
    default:
      return reason(of: error)
    }
  }

  private func describe(_ error: AuthStoreError, path: (String) -> SafeText, flags: StateFlags) -> SafeText {
    let listCommand = SuggestedCommand.listAuth(flags: flags).description
    switch error {
    case .unparsable(let file, let parse):
      return text(
        .cliErrorAuthUnparsable(
          path: path(file), line: String(parse.line), column: String(parse.column), reason: parse.message))
    case .invalidValue(let file, let key, let expected):
      return text(.cliErrorAuthInvalid(path: path(file), key: key, expected: expected))
    case .file(let error):
      return text(.reasonFile(path: path(error.path), reason: error.reason))
    case .unknownProfile(let id):
      return text(.cliErrorUnknownProfile(profile: id, command: listCommand))
    case .wrongProvider(let id, let provider, let expected):
      return text(.cliErrorWrongProvider(profile: id, provider: provider, expected: expected, command: listCommand))
    case .emptyOrder(let provider):
      return text(.cliErrorEmptyOrder(provider: provider))
    case .emptyToken(let id):
      return text(.cliErrorEmptyToken(profile: id))
    }
  }

  private func describe(_ error: ConfigError, path: (String) -> SafeText) -> SafeText {
    switch error {
    case .unparsable(let file, let parse):
      return text(
        .cliErrorConfigUnparsable(
          path: path(file), line: String(parse.line), column: String(parse.column), reason: parse.message))
    case .invalidValue(let file, let key, let expected):
      return text(.cliErrorConfigInvalid(path: path(file), key: key, expected: expected))
    case .duplicateAlias(let file, let alias, let first, let second):
      return text(.cliErrorDuplicateAlias(path: path(file), alias: alias, first: first, second: second))
    case .unreadable(let error):
      return text(.reasonFile(path: path(error.path), reason: error.reason))
    }
  }

  private func describe(_ error: SessionStoreError, path: (String) -> SafeText) -> SafeText {
    switch error {
    case .unparsable(let file, let parse):
      return text(
        .cliErrorSessionsUnparsable(
          path: path(file), line: String(parse.line), column: String(parse.column), reason: parse.message))
    case .file(let error):
      return text(.reasonFile(path: path(error.path), reason: error.reason))
    case .lockTimeout, .databaseBusy, .damagedDatabase, .unknownStoreKind, .unexpectedContent, .database:
      return reason(of: error)
    case .invalidSessionKey:
      // With the key: `reason(of:)` words only what is wrong with it.
      return SafeText(escaping: error.description)
    }
  }
}
