import Foundation
import Synchronization

/// A throw-away PostgreSQL server for the tests of one process, started on first use and stopped
/// (its folder removed) when the process exits; `$MODELPIN_TEST_DATABASE_URL` names one to use instead.
///
/// It listens only on a Unix socket in its own folder (`/tmp/modelpin-pg-<pid>`, short enough for
/// the 107-byte socket path limit), trusts local connections, and runs without fsync. Folders of
/// earlier runs that were killed are removed, with their servers, before a new one starts. When
/// the server cannot start, every PostgreSQL test fails with the last lines of its log: a missing
/// server must never look like a passing suite.
public final class PostgresTestServer: Sendable {
  /// The server the PostgreSQL tests share.
  public static let shared = PostgresTestServer(name: nil)
  /// A server of its own, for the tests that stop and restart it while others run.
  public static let restartable = PostgresTestServer(name: "r")

  /// A URL for one test on the shared server: a schema no other test uses.
  public static func databaseURL() throws -> String {
    try shared.databaseURL()
  }

  /// The server's folder: its socket, data and log.
  public let folder: String
  private let useEnvironment: Bool
  private let started = Mutex<Result<String, FixtureError>?>(nil)

  private init(name: String?) {
    folder = "/tmp/modelpin-pg-\(getpid())" + (name.map { "-" + $0 } ?? "")
    useEnvironment = name == nil
  }

  /// A URL for one test: the server, and a schema no other test uses.
  public func databaseURL() throws -> String {
    let base = try started.withLock { started in
      if started == nil { started = start() }
      return started!
    }.get()
    let schema = "test_\(getpid())_\(Self.counter.add(1, ordering: .relaxed).newValue)"
    return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
  }

  /// Stops the server (fast shutdown: open connections are closed); `restart()` starts it again.
  public func stop() throws {
    try Self.control(["-D", folder + "/data", "-m", "fast", "-w", "stop"], what: "stop", folder: folder)
  }

  /// Starts the server again after `stop()`, on the same data.
  public func restart() throws {
    try Self.control(
      ["-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "30", "-o", serverOptions, "start"],
      what: "start", folder: folder)
  }

  private static let counter = Atomic<Int>(0)
  /// The folders of the servers this process started, stopped and removed when it exits.
  private static let running = Mutex<[String]>([])
  private static let stopsAtExit: Void = {
    atexit {
      for folder in PostgresTestServer.running.withLock({ $0 }) {
        _ = try? PostgresTestServer.control(["-D", folder + "/data", "-m", "immediate", "stop"], folder: folder)
        try? FileManager.default.removeItem(atPath: folder)
      }
    }
  }()

  private var serverOptions: String {
    "-c listen_addresses='' -k \(folder) -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  }

  private func start() -> Result<String, FixtureError> {
    if useEnvironment, let url = ProcessInfo.processInfo.environment["MODELPIN_TEST_DATABASE_URL"], !url.isEmpty {
      return .success(url)
    }
    do {
      Self.removeStaleFolders()
      try? FileManager.default.removeItem(atPath: folder)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
      if getuid() == 0 { try Self.run("/bin/chown", ["postgres:postgres", folder], what: "chown", folder: folder) }
      try Self.run(
        try Self.bin("initdb"),
        ["-D", folder + "/data", "-U", "modelpin", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"],
        what: "initdb", asServer: true, folder: folder)
      _ = Self.stopsAtExit
      Self.running.withLock { $0.append(folder) }
      try restart()
      try Self.run(try Self.bin("pg_isready"), ["-h", folder, "-t", "10"], what: "pg_isready", folder: folder)
      let host = folder.replacingOccurrences(of: "/", with: "%2F")
      return .success("postgresql:///postgres?host=\(host)&user=modelpin")
    } catch let error as FixtureError {
      return .failure(error)
    } catch {
      return .failure(FixtureError("the test PostgreSQL server could not start: \(error)"))
    }
  }

  /// Folders of earlier test processes that no longer run: their servers stopped, the folders removed.
  private static func removeStaleFolders() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
    for name in names where name.hasPrefix("modelpin-pg-") {
      guard let pid = Int32(name.dropFirst("modelpin-pg-".count).prefix(while: \.isNumber)), pid != getpid(),
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      _ = try? control(["-D", "/tmp/\(name)/data", "-m", "immediate", "stop"], folder: "/tmp/\(name)")
      try? FileManager.default.removeItem(atPath: "/tmp/\(name)")
    }
  }

  private static func control(_ arguments: [String], what: String = "pg_ctl", folder: String) throws {
    try run(try bin("pg_ctl"), arguments, what: what, asServer: true, folder: folder)
  }

  /// The PostgreSQL program `name`, from `pg_config --bindir` or the Debian layout.
  private static func bin(_ name: String) throws -> String {
    let folders =
      [bindir].compactMap { $0 }
      + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).sorted().reversed()
      .map { "/usr/lib/postgresql/\($0)/bin" }
    guard let path = folders.map({ $0 + "/" + name }).first(where: FileManager.default.isExecutableFile(atPath:))
    else {
      throw FixtureError(
        "PostgreSQL's \(name) is not installed; `make test` installs it (apt-get install postgresql libpq-dev)")
    }
    return path
  }

  private static let bindir: String? = {
    // pg_config exits at once and leaves nothing running: `Process` is fine here.
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pg_config", "--bindir"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readToEndAndClose()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }()

  /// Runs a program and waits; as root, PostgreSQL's programs run as the `postgres` user (initdb
  /// refuses root). A failure names the program with its output and the log's last lines.
  ///
  /// Spawned and reaped here, not with `Process`: the server `pg_ctl start` leaves running holds
  /// descriptors that keep `Process` from ever seeing pg_ctl exit.
  private static func run(
    _ program: String, _ arguments: [String], what: String, asServer: Bool = false, folder: String
  ) throws {
    let command =
      asServer && getuid() == 0
      ? ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--reset-env", "--", program]
        + arguments
      : [program] + arguments
    let outputPath = folder + "-\(what).out"
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The server must not keep other descriptors of the tests, e.g. the stdin pipe of a serve
    // process, which would then never see the end of its input.
    let inherited = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [])
      .compactMap { Int32($0) }.filter { $0 > 2 }
    for descriptor in inherited { posix_spawn_file_actions_addclose(&actions, descriptor) }
    let argv = command.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw FixtureError("the test PostgreSQL server: cannot run \(command[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    guard exitCode == 0 else {
      let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
      let logLines = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8))
        .map { $0.split(separator: "\n").suffix(15).joined(separator: "\n") }
      throw FixtureError(
        "the test PostgreSQL server: \(what) failed (exit \(exitCode)):\n" + output
          + (logLines.map { "\nserver log:\n" + $0 } ?? ""))
    }
  }
}
