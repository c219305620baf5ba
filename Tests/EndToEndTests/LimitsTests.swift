import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Input and state of absurd sizes get a clear error in bounded time and memory, through the
/// built binary: lines over 1 MiB, session keys over 512 bytes, config, auth, sessions, .env and
/// database files of 100 MB, and JSON nested 100,000 deep.
@Suite struct LimitsTests {
  /// A file of `size` bytes that reads as zeros, made in no time.
  static func sparseFile(_ path: String, size: off_t) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    defer { close(descriptor) }
    #expect(descriptor >= 0 && ftruncate(descriptor, size) == 0)
  }

  static let deepJSON = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)

  @Test func aLineOfTwoHundredMebibytesIsRefusedWithoutBeingHeldInMemory() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let serve = try ServeProcess(["--state-dir", folder.path, "--sessions", "memory"], environment: environment)
    serve.send([HostileState.request(id: 1, session: "main", text: "hello")])
    #expect(serve.waitForReplies(1), "\(serve.stderr)")
    let baseline = try #require(serve.peakMemory)
    let started = ContinuousClock.now
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    serve.send(raw: Data(#"{"id": 2, "session": "main", "text": ""#.utf8))
    for _ in 0..<200 { serve.send(raw: chunk) }
    serve.send(raw: Data("\"}\n".utf8))
    serve.send([HostileState.request(id: 3, session: "main", text: "/model sonnet")])
    #expect(serve.waitForReplies(3, timeout: 60))
    let peak = try #require(serve.peakMemory)
    serve.finish()
    serve.waitForExit()
    #expect(ContinuousClock.now - started < .seconds(20))
    #expect(peak - baseline < 24 << 20, "serve grew by \((peak - baseline) >> 20) MiB reading one long line")
    let replies = serve.replyLines
    #expect(replies.count == 3)
    #expect(replies.dropFirst().first?.contains(#""code":"invalid_input""#) == true)
    #expect(replies.dropFirst().first?.contains("209715") == true, "the reply says how long the line was")
    #expect(replies.last?.contains(#""ok":true"#) == true, "the line after it was not handled")
  }

  @Test func replayAnswersALongLineAndGoesOn() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let long = String(repeating: "y", count: 3 << 20)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path, "--json"], stdin: "hello\n\(long)\n/model sonnet\n",
      environment: environment)
    let replies = result.stdout.split(separator: "\n")
    #expect(replies.count == 3)
    #expect(replies[1].contains(#""line":2"#) && replies[1].contains(#""code":"invalid_input""#))
    #expect(replies[2].contains(#""line":3"#) && replies[2].contains(#""ok":true"#))
  }

  @Test func replayOfManyLinesJustUnderTheLimitStaysSmall() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let process = Process.child()
    process.executableURL = try ModelPinBinary.url()
    process.arguments = ["replay", "--json", "--format", "jsonl", "--state-dir", folder.path]
    process.environment = environment
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let line = Data((#"{"text": ""# + String(repeating: "z", count: 900_000) + "\"}\n").utf8)
    // 270 MB through a pipe: by the last write replay has read all but the pipe's buffer.
    for _ in 0..<300 { input.fileHandleForWriting.write(line) }
    let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
    let peakKilobytes = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
      .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let peak = try #require(peakKilobytes) << 10
    #expect(peak < 128 << 20, "replay peaked at \(peak >> 20) MiB for lines of 0.9 MB")
  }

  @Test func sessionKeysOverFiveHundredTwelveBytesAreRefused() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let fits = String(repeating: "k", count: 512)
    let over = String(repeating: "k", count: 513)
    let huge = String(repeating: "\u{1F600}", count: 200_000)
    let requests = [fits, over, huge].enumerated().map {
      HostileState.request(id: $0.offset, session: $0.element, text: "/model sonnet")
    }
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path], stdin: requests.joined(separator: "\n") + "\n",
      environment: environment)
    let replies = result.stdout.split(separator: "\n")
    #expect(replies.count == 3)
    #expect(replies[0].contains(#""ok":true"#))
    #expect(replies[1].contains(#""code":"invalid_input""#) && replies[1].contains("over the limit of 512"))
    #expect(replies[2].contains(#""code":"invalid_input""#))
    let cli = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path, "--session", over, "--json"], stdin: "hello\n", environment: environment)
    #expect(cli.status == 64, "a --session over the limit is a usage error up front")
    #expect(cli.stderr.contains("over the limit of 512"), "\(cli.stderr)")
  }

  /// A state file of 100 MB: refused by its size, before it is read.
  @Test(arguments: ["openclaw.json", "agents/main/agent/auth-profiles.json", ".env"])
  func aHundredMegabyteStartUpFileIsRefusedNamingIt(_ file: String) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let path = folder.appendingPathComponent(file).path
    try Self.sparseFile(path, size: 100_000_000)
    let started = ContinuousClock.now
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hello\n", environment: environment)
    #expect(ContinuousClock.now - started < .seconds(10))
    #expect(result.status != 0)
    #expect(result.stderr.contains(path) && result.stderr.contains("over the limit"), "\(result.stderr)")
    #expect(result.stdout == "")
  }

  @Test(arguments: ["json", "sqlite"])
  func aHundredMegabyteSessionStoreGivesStateUnavailable(_ kind: String) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let layout = StateLayout(folder: folder.path, agent: "main")
    let path = kind == "json" ? layout.sessionsFile : layout.pinsDatabase
    try Self.sparseFile(path, size: 100_000_000)
    if kind == "sqlite" {
      // Not zeros: garbage where SQLite looks for its header.
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try handle.write(contentsOf: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
      try handle.close()
    }
    let started = ContinuousClock.now
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path, "--sessions", kind, "--json"], stdin: "hello\n/model sonnet\n",
      environment: environment)
    #expect(ContinuousClock.now - started < .seconds(10))
    let replies = result.stdout.split(separator: "\n")
    #expect(replies.count == 2)
    for reply in replies {
      #expect(reply.contains(#""code":"state_unavailable""#) && reply.contains(path), "\(reply.prefix(300))")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 100_000_000, "the file was changed")
  }

  @Test(arguments: ["openclaw.json", "agents/main/agent/auth-profiles.json", "agents/main/sessions/sessions.json"])
  func jsonNestedAHundredThousandDeepIsAnErrorNotACrash(_ file: String) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let path = folder.appendingPathComponent(file).path
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(Self.deepJSON.utf8).write(to: URL(fileURLWithPath: path))
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path, "--sessions", "json"], stdin: "hello\n", environment: environment)
    #expect(
      result.stdout.contains("nested deeper than 512 levels") || result.stderr.contains("nested deeper than 512 levels")
    )
    #expect((result.stdout + result.stderr).contains(path))
    #expect(result.status == 0 || result.status == 1, "crashed: \(result.status)")
  }

  @Test func aRequestNestedAHundredThousandDeepGetsAnInvalidReply() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let requests = [
      #"{"id": 1, "session": "main", "text": "#.appending(Self.deepJSON).appending("}"),
      #"{"id": 2, "session": "main", "outcome": "#.appending(Self.deepJSON).appending("}"),
      HostileState.request(id: 3, session: "main", text: "hello"),
    ]
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path], stdin: requests.joined(separator: "\n") + "\n",
      environment: environment)
    #expect(result.status == 0)
    let replies = result.stdout.split(separator: "\n")
    #expect(replies.count == 3)
    #expect(replies.prefix(2).allSatisfy { $0.contains("nested deeper than 512 levels") })
    #expect(replies.last?.contains(#""ok":true"#) == true)
  }
}
