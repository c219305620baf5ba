import AuthProfiles
import Foundation
import ModelPinTestSupport
import PostgresState
import SessionState
import StateFolder
import Testing

/// Several `modelpin serve` processes sharing one PostgreSQL database (spec §8): every answered
/// pin and outcome is in the database after, and a cooldown one records routes the others away.
@Suite struct PostgresServeTests {
  static let servers = 4
  static let requestsPerServer = 60

  /// A copy of the basic state whose auth-profiles.json is moved into a new schema (the file is
  /// removed, so only the database can answer), the serve arguments, and the database.
  static func sharedState() throws -> (arguments: [String], environment: [String: String], database: PostgresDatabase) {
    let (folder, environment) = try HostileState.copy("basic")
    let url = try PostgresTestServer.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let bytes = try #require(try StateFile.read(layout.authProfilesFile))
    try database.auth.replaceDocument(with: bytes, path: layout.authProfilesFile)
    try FileManager.default.removeItem(atPath: layout.authProfilesFile)
    return (["--state-dir", folder.path, "--database", url], environment, database)
  }

  /// The profile of a reply's route.
  static func routedProfile(_ reply: String) throws -> String? {
    try JSONValue.parse(utf8: Array(reply.utf8))["route"]?["profile"]?.stringValue
  }

  /// Request `index` of server `server`: a pin of its own session, an outcome on a shared session,
  /// or a pin of the shared session, in turn.
  static func request(server: Int, index: Int) -> String {
    switch index % 3 {
    case 0:
      return ConcurrentServers.pin(server: server, index: index)
    case 1:
      return HostileState.request(id: index, session: "shared", outcome: "rate_limit", profile: "anthropic:personal")
    default:
      return HostileState.request(id: index, session: "shared", text: "/model sonnet@anthropic:work")
    }
  }

  @Test func serversOnOneDatabaseLoseNoPinAndNoCount() throws {
    let (arguments, environment, database) = try Self.sharedState()
    let servers = ConcurrentServers(count: Self.servers, requestsPerServer: Self.requestsPerServer)
    try servers.run(arguments, environment: environment, request: Self.request)
    let all = try database.sessions.allPins()
    let pins = Dictionary(all.map { ($0.session, $0.pins) }) { first, _ in first }
    #expect(servers.lostPins(in: all) == [], "pins lost")
    #expect(pins["shared"]?.profile == "anthropic:work")
    let outcomes = Self.servers * (Self.requestsPerServer / 3)
    let auth = try database.auth.current()
    #expect(auth.usage(of: "anthropic:personal").failureCounts["rate_limit"] == outcomes)
    #expect(auth.usage(of: "anthropic:personal").errorCount == outcomes)
  }

  @Test func aCooldownOneServerRecordsRoutesTheNextRequestOfAnother() throws {
    let (arguments, environment, _) = try Self.sharedState()
    let reporter = try ServeProcess(arguments, environment: environment)
    let router = try ServeProcess(arguments, environment: environment)
    router.send([HostileState.request(id: 1, session: "telegram:dm:1", text: "hello")])
    #expect(router.waitForReplies(1), "stderr: \(router.stderr)")
    let firstReply = try #require(router.replyLines.first)
    let first = try #require(try Self.routedProfile(firstReply))
    reporter.send([HostileState.request(id: 1, session: "telegram:dm:2", outcome: "rate_limit", profile: first)])
    #expect(reporter.waitForReplies(1), "stderr: \(reporter.stderr)")
    router.send([HostileState.request(id: 2, session: "telegram:dm:1", text: "hello")])
    #expect(router.waitForReplies(2), "stderr: \(router.stderr)")
    let next = try Self.routedProfile(router.replyLines[1])
    #expect(next != nil && next != first, "\(router.replyLines[1])")
    for process in [reporter, router] {
      process.finish()
      process.waitForExit()
    }
  }

  @Test func aServerRestartGivesStateUnavailableThenRecovers() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let server = PostgresTestServer.restartable
    let url = try server.databaseURL()
    let database = PostgresDatabase(url: try DatabaseURL(url), agent: "main")
    let serve = try ServeProcess(["--state-dir", folder.path, "--database", url], environment: environment)
    serve.send([HostileState.request(id: 1, session: "before", text: "/model sonnet")])
    #expect(serve.waitForReplies(1), "stderr: \(serve.stderr)")
    try server.stop()
    serve.send([HostileState.request(id: 2, session: "during", text: "/model gpt")])
    #expect(serve.waitForReplies(2), "stderr: \(serve.stderr)")
    try server.restart()
    serve.send([HostileState.request(id: 3, session: "after", text: "/model haiku")])
    #expect(serve.waitForReplies(3), "stderr: \(serve.stderr)")
    serve.finish()
    serve.waitForExit()
    #expect(serve.process.terminationStatus == 0)
    let replies = serve.replyLines
    #expect(replies[0].contains(#""ok":true"#))
    #expect(replies[1].contains(#""code":"state_unavailable""#), "\(replies[1])")
    #expect(replies[1].contains("postgresql://modelpin@/tmp/modelpin-pg-"), "names the server")
    #expect(replies[2].contains(#""ok":true"#), "the next request reconnects: \(replies[2])")
    let pins = try database.sessions.allPins().map { "\($0.session) \($0.pins.model ?? "-")" }
    #expect(pins == ["after anthropic/claude-haiku-4-5", "before anthropic/claude-sonnet-4-5"])
  }
}

/// libpq is loaded only by a process with a database: others pay nothing for it (spec §8).
@Suite struct PostgresLoadingTests {
  /// Whether the running process `pid` has libpq mapped.
  static func hasLibPQ(_ pid: Int32) throws -> Bool {
    // Read to the end: /proc files report a size of 0.
    let maps = try #require(FileHandle(forReadingAtPath: "/proc/\(pid)/maps")).readToEndAndClose()
    return String(decoding: maps, as: UTF8.self).contains("libpq.so")
  }

  @Test func aServerWithoutADatabaseNeverLoadsLibPQ() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let files = try ServeProcess(["--state-dir", folder.path], environment: environment)
    let shared = try ServeProcess(
      ["--state-dir", folder.path, "--database", try PostgresTestServer.databaseURL()], environment: environment)
    for process in [files, shared] {
      process.send([HostileState.request(id: 1, session: "main", text: "/model sonnet")])
      #expect(process.waitForReplies(1), "stderr: \(process.stderr)")
    }
    #expect(try Self.hasLibPQ(files.process.processIdentifier) == false)
    #expect(try Self.hasLibPQ(shared.process.processIdentifier))
    for process in [files, shared] {
      process.finish()
      process.waitForExit()
    }
  }
}
