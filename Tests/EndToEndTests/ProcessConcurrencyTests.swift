import AuthProfiles
import Foundation
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

/// Several processes on one state folder at once: three `modelpin serve` mixing reads, pins and
/// outcomes, and a process changing the auth order (what `modelpin auth order set` does, through
/// `AuthProfileFile.update`). Every answered pin and every outcome must be in the files after.
@Suite struct ProcessConcurrencyTests {
  static let servers = 3
  static let requestsPerServer = 90
  static let orderUpdates = 40
  static let anthropicProfiles = ["anthropic:work", "anthropic:personal", "anthropic:manual", "anthropic:old"]

  /// Request `index` of server `server`: a pin, an outcome or a read, in turn.
  static func request(server: Int, index: Int) -> String {
    switch index % 3 {
    case 0:
      return ConcurrentServers.pin(server: server, index: index)
    case 1:
      return HostileState.request(id: index, session: "main", outcome: "rate_limit", profile: "anthropic:personal")
    default:
      let read = index % 2 == 0 ? "/model status" : "hello"
      return HostileState.request(id: index, session: "reader:\(server)", text: read)
    }
  }

  @Test(arguments: [SessionStoreKind.sqlite, .json])
  func serversAndAnOrderWriterLoseNothing(_ kind: SessionStoreKind) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let arguments = ["--state-dir", folder.path, "--sessions", kind.rawValue]
    let writer = try OrderWriter.start(file: layout.authProfilesFile)
    let servers = ConcurrentServers(count: Self.servers, requestsPerServer: Self.requestsPerServer)
    try servers.run(arguments, environment: environment, request: Self.request)
    let (status, output) = writer.wait()
    #expect(status == 0, "the order writer failed:\n\(output)")

    // Every pin a server answered is in the store.
    let store: any SessionStore =
      kind == .json ? JSONSessionStore(path: layout.sessionsFile) : SQLiteSessionStore(path: layout.pinsDatabase)
    #expect(servers.lostPins(in: try store.allPins()) == [], "pins lost")

    // Every outcome and every order change is in auth-profiles.json.
    let auth = try AuthStore(
      parsing: try #require(try StateFile.read(layout.authProfilesFile)), path: layout.authProfilesFile)
    let outcomes = Self.servers * (Self.requestsPerServer / 3)
    #expect(auth.usage(of: "anthropic:personal").failureCounts["rate_limit"] == outcomes)
    #expect(auth.usage(of: "anthropic:personal").errorCount == outcomes)
    #expect(auth.usage(of: "openai:default").failureCounts["timeout"] == Self.orderUpdates)
    #expect(auth.explicitOrder(for: "anthropic").map(Set.init) == Set(Self.anthropicProfiles))
    let leftovers = HostileState.files(under: folder).filter { $0.hasSuffix(".lock") || $0.hasSuffix(".tmp") }
    #expect(leftovers == [])
  }

  @Test(.enabled(if: OrderWriter.file != nil, "runs only as the order writer of the test above"))
  func setsTheOrderAsAWriterProcess() throws {
    let file = AuthProfileFile(path: try #require(OrderWriter.file))
    let ids = Self.anthropicProfiles
    for update in 0..<Self.orderUpdates {
      try file.update { store in
        let shift = update % ids.count
        try store.setOrder(provider: "anthropic", ids: Array(ids[shift...] + ids[..<shift]))
        // Counts the updates: a timeout is recorded and starts no cooldown.
        try store.record(
          .timeout, profile: "openai:default", now: 1_795_510_800_000, settings: Config.CooldownSettings())
      }
    }
  }
}

/// This test binary, run again to change the auth order from another process.
private enum OrderWriter {
  private static let variable = "MODELPIN_TEST_ORDER_WRITER_FILE"
  static var file: String? { ProcessInfo.processInfo.environment[variable] }

  static func start(file: String) throws -> ChildTestProcess {
    try ChildTestProcess.start(
      filter: "ProcessConcurrencyTests/setsTheOrderAsAWriterProcess", environment: [variable: file])
  }
}
