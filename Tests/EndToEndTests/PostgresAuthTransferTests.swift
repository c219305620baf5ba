import AuthProfiles
import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// `auth import` and `auth export` against a database: an OpenClaw file in and back out.
@Suite struct PostgresAuthTransferTests {
  @Test func importThenExportGivesTheSameBytesAndLaterChangesOnly() throws {
    let home = try TemporaryFolder.make()
    let environment = ModelPinBinary.cleanEnvironment(
      home: home, extra: ["MODELPIN_DATABASE_URL": try PostgresTestServer.databaseURL()])
    let source = try Fixtures.url("auth/auth-profiles.json").path
    let imported = try ModelPinBinary.run(["auth", "import", source], environment: environment)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.hasPrefix("Imported 10 auth profiles from "), "\(imported.stdout)")

    let exported = home.appendingPathComponent("exported.json").path
    let first = try ModelPinBinary.run(["auth", "export", exported], environment: environment)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(try StateFile.read(exported) == StateFile.read(source))
    #expect(StateFile.permissions(of: exported) == 0o600)

    let order = ["auth", "order", "set", "--provider", "openai", "openai:default"]
    #expect(try ModelPinBinary.run(order, environment: environment).status == 0)
    #expect(try ModelPinBinary.run(["auth", "export", exported], environment: environment).status == 0)
    let changed = try AuthStore(parsing: try #require(try StateFile.read(exported)), path: exported)
    #expect(changed.explicitOrder(for: "openai") == ["openai:default"])
    #expect(
      changed.profiles.map(\.id)
        == (try AuthStore(parsing: Array(try Fixtures.text("auth/auth-profiles.json").utf8), path: source)).profiles
        .map(\.id))
  }

  @Test func importWithoutADatabaseSaysHowToNameOne() throws {
    let home = try TemporaryFolder.make()
    let result = try ModelPinBinary.run(
      ["auth", "import", try Fixtures.url("auth/auth-profiles.json").path],
      environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(result.status != 0)
    #expect(result.stderr.contains("auth import needs a database: give --database URL"), "\(result.stderr)")
  }
}
