import Foundation
import ModelPinTestSupport
import PostgresState
import StateFolder
import Testing

/// `modelpin doctor` with a database: the connection, the schema version and the role's rights,
/// and the file checks on the database's auth document.
@Suite struct PostgresDoctorTests {
  @Test func aDatabaseThatCannotBeReachedIsAProblemNamingItWithoutItsPassword() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let url = "postgresql://bridge:s3cret@/state?host=/nonexistent-modelpin&connect_timeout=2"
    let result = try ModelPinBinary.run(
      ["doctor", "--state-dir", folder.path, "--database", url], environment: environment)
    #expect(result.status == 1)
    #expect(result.stdout.contains("the database cannot be used: postgresql://bridge:***@/nonexistent-modelpin/state"))
    #expect(!(result.stdout + result.stderr).contains("s3cret"))
  }

  @Test func aSchemaThatIsBehindIsReportedWithTheCommandNotMigrated() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let url = try PostgresTestServer.databaseURL()
    let options = ["--state-dir", folder.path, "--database", url]
    let doctor = try ModelPinBinary.run(["doctor"] + options, environment: environment)
    #expect(doctor.status == 1)
    let server = PostgresDatabase(url: try DatabaseURL(url), agent: "main").connection.url.display
    #expect(doctor.stdout.contains(server + ": the schema is at version 0, this modelpin uses version 1"))
    #expect(doctor.stdout.contains("modelpin database migrate --state-dir ~/basic --database URL"), "\(doctor.stdout)")
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    #expect(database.examine().versionBehind == 0, "doctor changes nothing")

    let migrate = try ModelPinBinary.run(["database", "migrate"] + options, environment: environment)
    #expect(migrate.status == 0, "\(migrate.stderr)")
    #expect(migrate.stdout.contains("from version 0 to 1."))
    #expect(
      try ModelPinBinary.run(["database", "migrate"] + options, environment: environment).stdout
        .contains("nothing changed"))
    let after = try ModelPinBinary.run(["doctor"] + options, environment: environment)
    #expect(
      !after.stdout.contains("the database cannot be used") && !after.stdout.contains("the schema is at version"),
      "\(after.stdout)")
  }

  @Test func theFileChecksReadTheDatabasesAuthDocument() throws {
    let (folder, environment) = try HostileState.copy("doctor")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let url = try PostgresTestServer.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    let bytes = try #require(try StateFile.read(layout.authProfilesFile))
    try database.auth.replaceDocument(with: bytes, path: layout.authProfilesFile)
    try FileManager.default.removeItem(atPath: layout.authProfilesFile)
    let result = try ModelPinBinary.run(
      ["doctor", "--state-dir", folder.path, "--database", url, "--now", "2026-11-24T10:00:00Z"],
      environment: environment)
    let place = database.auth.location + ": "
    #expect(result.stdout.contains(place + "profile anthropic:legacy has the unknown type"), "\(result.stdout)")
    #expect(result.stdout.contains(place + "the order of anthropic names profiles that are not stored"))
    #expect(result.stdout.contains(place + "auth profile anthropic:old expired at 2026-11-24T09:00:00Z"))
    #expect(
      result.stdout.contains(
        "modelpin auth order set --provider anthropic anthropic:work --state-dir ~/doctor --database URL"),
      "a fix acts on the database")
    #expect(!result.stdout.contains("database cannot be used"))
  }

  /// An empty secret and a default without a credential, judged on the database's document, with
  /// fixes that act on the database.
  @Test func theCredentialChecksReadTheDatabasesAuthDocumentAndTheirFixesNameIt() throws {
    let (folder, environment) = try HostileState.copy("allowfrom")
    let url = try PostgresTestServer.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    let document =
      #"{"version": 1, "profiles": {"anthropic:blank": {"type": "api_key", "provider": "anthropic", "key": ""}}}"#
    try database.auth.replaceDocument(with: Array(document.utf8), path: "auth-profiles.json")
    let result = try ModelPinBinary.run(
      ["doctor", "--state-dir", folder.path, "--database", url], environment: environment)
    #expect(result.status == 1)
    let place = database.auth.location + ": "
    #expect(result.stdout.contains(place + "auth profile anthropic:blank has an empty secret"), "\(result.stdout)")
    #expect(
      result.stdout.contains(
        "modelpin auth paste-token --provider anthropic --profile-id anthropic:blank --state-dir ~/allowfrom --database URL"
      ))
    #expect(
      result.stdout.contains(
        place + "anthropic has no credential, but anthropic/claude-opus-4-6 needs one\n"
          + "  fix: set ANTHROPIC_OAUTH_TOKEN, or run modelpin auth paste-token --provider anthropic "
          + "--state-dir ~/allowfrom --database URL"))
  }
}
