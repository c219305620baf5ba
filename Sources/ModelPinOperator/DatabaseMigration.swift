import ModelCommand
import ModelPin
import PostgresState
import SafeText

/// `modelpin database migrate` (spec §8): creates or migrates modelpin's tables now, rather than
/// at the first request of a command; what `doctor` suggests for a schema that is behind.
public enum DatabaseMigration {
  /// Brings the schema up to date and says from which version.
  public static func migrate(context: OperatorContext) throws(OperatorFailure) -> SafeText {
    guard let database = context.workspace.database else { throw context.failure(.cliDatabaseNeedsDatabase) }
    let server = database.connection.url.display
    let latest = DatabaseExamination.latestVersion
    do {
      let version = try database.migrate()
      guard version < latest else {
        return context.messages.text(.cliDatabaseCurrent(server: server, version: String(version)))
      }
      return context.messages.text(.cliDatabaseMigrated(server: server, from: String(version), to: String(latest)))
    } catch {
      throw context.failure(error)
    }
  }
}
