import AuthProfiles
import ModelCommand
import ModelPin
import PostgresState
import SafeText
import StateFolder

/// `modelpin auth import FILE` and `auth export FILE` (spec §8): an OpenClaw auth-profiles.json
/// moved into the database and back out, byte for byte apart from what changed in between.
public enum AuthTransfer {
  /// Stores the file's document as the agent's auth state, replacing what the database held.
  /// A file that does not parse is refused with the same errors as auth-profiles.json.
  public static func importFile(_ path: String, context: OperatorContext) throws(OperatorFailure) -> SafeText {
    let database = try database(for: "import", context: context)
    do {
      guard let bytes = try StateFile.read(path) else {
        throw StateFileError(path: path, reason: "no such file")
      }
      let store = try AuthStore(parsing: bytes, path: path)
      try database.auth.replaceDocument(with: bytes, path: path)
      return context.messages.text(
        .cliTransferImported(
          count: String(store.profiles.count), path: context.display(path), database: database.auth.location))
    } catch {
      throw context.failure(error)
    }
  }

  /// Writes the agent's auth document to `path` as the database holds it: under the file's lock,
  /// atomically, mode 0600, so OpenClaw reads it unchanged.
  public static func exportFile(_ path: String, context: OperatorContext) throws(OperatorFailure) -> SafeText {
    let database = try database(for: "export", context: context)
    let location = database.auth.location
    do {
      guard let document = try database.auth.document() else {
        return context.messages.text(.cliTransferNothing(database: location))
      }
      try FileLock.withExclusiveLock(for: path) {
        try StateFile.writeAtomically(Array(document.utf8), to: path, mode: 0o600)
      }
      return context.messages.text(.cliTransferExported(path: context.display(path), database: location))
    } catch let error as FileLockTimeout {
      throw context.failure(error.fileError)
    } catch {
      throw context.failure(error)
    }
  }

  private static func database(for command: String, context: OperatorContext) throws(OperatorFailure)
    -> PostgresDatabase
  {
    guard let database = context.workspace.database else {
      throw context.failure(.cliTransferNeedsDatabase(command: command))
    }
    return database
  }
}
