import Foundation
import ModelPinTestSupport
import Testing

/// `modelpin doctor` with a database: the connection, the schema version and the role's rights.
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

  @Test func aDatabaseModelpinCanUseIsNoProblem() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let result = try ModelPinBinary.run(
      ["doctor", "--state-dir", folder.path, "--database", try PostgresTestServer.databaseURL()],
      environment: environment)
    #expect(!result.stdout.contains("database"), "\(result.stdout)")
  }
}
