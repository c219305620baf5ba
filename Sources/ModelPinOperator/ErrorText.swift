import AuthProfiles
import ModelCommand
import ModelPin
import SessionState
import StateFolder

extension MessageCatalog {
  /// The text of an error of the state folder in this language, paths shortened to `~`.
  ///
  /// Details that come from a parser (`expected ':'`) or the system (`permission denied`) stay
  /// as they were given.
  func describe(_ error: any Error, home: String?, flags: StateFlags = StateFlags()) -> String {
    let path = { (path: String) in escapedForDisplay(StateLayout.abbreviatingHome(path, home: home)) }
    switch error {
    case let error as OperatorFailure:
      return error.description
    case let error as AuthStoreError:
      return describe(error, path: path, flags: flags)
    case let error as ConfigError:
      return describe(error, path: path)
    case let error as StateFileError:
      return text(.cliErrorFile, ["path": path(error.path), "reason": error.reason])
    case let error as SessionStoreError:
      return describe(error, path: path)
    default:
      return "\(error)"
    }
  }

  private func describe(_ error: AuthStoreError, path: (String) -> String, flags: StateFlags) -> String {
    let listCommand = escapedForDisplay(SuggestedCommand.listAuth(flags: flags).description)
    switch error {
    case .unparsable(let file, let parse):
      return text(
        .cliErrorAuthUnparsable,
        ["path": path(file), "line": String(parse.line), "column": String(parse.column), "reason": parse.message])
    case .invalidValue(let file, let key, let expected):
      return text(.cliErrorAuthInvalid, ["path": path(file), "key": key, "expected": expected])
    case .file(let error):
      return text(.cliErrorFile, ["path": path(error.path), "reason": error.reason])
    case .unknownProfile(let id):
      return text(.cliErrorUnknownProfile, ["profile": escapedForDisplay(id), "command": listCommand])
    case .wrongProvider(let id, let provider, let expected):
      return text(
        .cliErrorWrongProvider,
        ["profile": escapedForDisplay(id), "provider": provider, "expected": expected, "command": listCommand])
    case .emptyOrder(let provider):
      return text(.cliErrorEmptyOrder, ["provider": provider])
    case .emptyToken(let id):
      return text(.cliErrorEmptyToken, ["profile": escapedForDisplay(id)])
    }
  }

  private func describe(_ error: ConfigError, path: (String) -> String) -> String {
    switch error {
    case .unparsable(let file, let parse):
      return text(
        .cliErrorConfigUnparsable,
        ["path": path(file), "line": String(parse.line), "column": String(parse.column), "reason": parse.message])
    case .invalidValue(let file, let key, let expected):
      return text(.cliErrorConfigInvalid, ["path": path(file), "key": escapedForDisplay(key), "expected": expected])
    case .duplicateAlias(let file, let alias, let first, let second):
      return text(
        .cliErrorDuplicateAlias,
        [
          "path": path(file), "alias": escapedForDisplay(alias), "first": escapedForDisplay(first),
          "second": escapedForDisplay(second),
        ])
    case .unreadable(let error):
      return text(.cliErrorFile, ["path": path(error.path), "reason": error.reason])
    }
  }

  private func describe(_ error: SessionStoreError, path: (String) -> String) -> String {
    switch error {
    case .unparsable(let file, let parse):
      return text(
        .cliErrorSessionsUnparsable,
        ["path": path(file), "line": String(parse.line), "column": String(parse.column), "reason": parse.message])
    case .file(let error):
      return text(.cliErrorFile, ["path": path(error.path), "reason": error.reason])
    case .invalidSessionKey, .unknownStoreKind, .unexpectedContent, .lockTimeout, .databaseBusy, .damagedDatabase,
      .database:
      return error.description
    }
  }
}
