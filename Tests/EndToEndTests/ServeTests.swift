import Foundation
import ModelPinTestSupport
import Testing

@Suite struct ServeTests {
  /// One reply line as a dictionary.
  private func object(_ line: some StringProtocol) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func answersEveryRequestInOrderWithItsID() throws {
    let sandbox = try StateSandbox("allowfrom")
    let requests = [
      #"{"id": 1, "session": "telegram:dm:42", "sender": "telegram:42", "text": "/model sonnet"}"#,
      #"{"id": "two", "session": "telegram:dm:7", "sender": "telegram:7", "text": "/model status"}"#,
      #"{"id": 3, "session": "telegram:dm:7", "sender": "telegram:7", "text": "hello there"}"#,
      #"{"id": 4, "session": "telegram:dm:7", "text": "/model haiku"}"#,
      "not json at all",
      "",
      #"{"id": 6, "session": "telegram:dm:42", "text": 5}"#,
      #"{"id": 7, "session": "telegram:dm:42", "outcome": {"result": "rate_limit"}}"#,
      #"{"id": 8, "session": "telegram:dm:42", "sender": "discord:owner", "text": "/model", "lang": "zh-Hant"}"#,
    ]
    let result = try sandbox.run(["serve", "--stdio"], stdin: requests.joined(separator: "\n") + "\n")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let replies = try result.stdout.split(separator: "\n").map(object)
    #expect(replies.map { "\($0["id"] ?? "missing")" } == ["1", "two", "3", "4", "<null>", "6", "7", "8"])
    #expect(
      replies.map { $0["kind"] as? String } == [
        "select", "status", "chat", "select", "invalid", "invalid", "outcome", "show",
      ])
    #expect(replies.map { $0["ok"] as? Bool } == [true, false, true, false, false, false, true, true])
    let codes = replies.map { ($0["error"] as? [String: Any])?["code"] as? String }
    #expect(codes == [nil, "not_authorized", nil, "not_authorized", "invalid_input", "invalid_input", nil, nil])
    #expect(replies[0]["text"] as? String == "Model set to Sonnet (anthropic/claude-sonnet-4-5).")
    #expect(
      (replies[6]["text"] as? String)?.hasPrefix("Recorded rate_limit for anthropic:work (usable again in 30s).")
        == true)
    #expect((replies[7]["text"] as? String)?.hasPrefix("目前： Sonnet（anthropic/claude-sonnet-4-5）") == true)
    #expect(sandbox.text("agents/main/agent/auth-profiles.json")?.contains("cooldownUntil") == true)
    let sessions = try sandbox.run(["sessions", "list"])
    #expect(sessions.stdout.contains("\ntelegram:dm:42  anthropic/claude-sonnet-4-5  "))
  }

  @Test func routesChatButRefusesCommandsToSendersNotAllowed() throws {
    let sandbox = try StateSandbox("allowfrom")
    let result = try sandbox.run(
      ["serve", "--stdio"],
      stdin: #"{"id": 1, "session": "s", "sender": "mallory", "text": "/model status"}"# + "\n"
        + #"{"id": 2, "session": "s", "sender": "mallory", "text": "what model is this?"}"# + "\n")
    let replies = try result.stdout.split(separator: "\n").map(object)
    #expect((replies[0]["error"] as? [String: Any])?["code"] as? String == "not_authorized")
    #expect(!(replies[0]["text"] as? String ?? "").contains("auth-profiles.json"))
    #expect((replies[1]["route"] as? [String: Any])?["profile"] as? String == "anthropic:work")
  }

  @Test func repliesBeforeTheNextRequestArrives() throws {
    let sandbox = try StateSandbox()
    let server = try PipedProcess(
      ModelPinBinary.url(), ["serve", "--stdio", "--state-dir", sandbox.state.path], environment: sandbox.environment)
    server.write(Data((#"{"id": 1, "session": "main", "text": "/model sonnet"}"# + "\n").utf8))
    #expect(try object(server.lines(1)[0])["id"] as? Int == 1)
    var huge = Data(#"{"id": 2, "session": "main", "text": ""#.utf8)
    huge.append(Data(repeating: UInt8(ascii: "a"), count: 2 << 20))
    huge.append(Data("\"}\n".utf8))
    server.write(huge)
    server.write(Data((#"{"id": 3, "session": "main", "text": "hi"}"# + "\n" + #"{"id": 4, "session""#).utf8))
    let beforeTheRest = try server.lines(3)
    #expect(try object(beforeTheRest[1])["kind"] as? String == "invalid")
    #expect(try object(beforeTheRest[2])["id"] as? Int == 3)
    server.write(Data((#": "main", "text": "/model"}"# + "\n").utf8))
    try server.closeInput()
    #expect(try server.exitStatus() == 0)
    let replies = try server.lines(4).map(object)
    #expect(replies.map { $0["id"] as? Int } == [1, nil, 3, 4])
    #expect(((replies[1]["error"] as? [String: Any])?["message"] as? String)?.hasPrefix("The line is 2097") == true)
  }

  /// `python3` on the search path, if any.
  private static let python3: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
    .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })

  @Test(.enabled(if: python3 != nil, "needs python3"))
  func runsThePythonExampleOfTheREADME() throws {
    let readme = try String(contentsOf: PackageRoot.url("README.md"), encoding: .utf8)
    let example = try #require(
      readme.firstMatch(of: /```python\n([\s\S]*?)```/)?.output.1, "README has no python example")
    let printed = try runPython(String(example))
    #expect(printed == "1 True Model set to Sonnet (anthropic/claude-sonnet-4-5).\n2 outcome anthropic:personal\n")
  }

  @Test(.enabled(if: python3 != nil, "needs python3"))
  func runsTheButtonsExampleOfTheREADMEAndPrintsWhatItSays() throws {
    let readme = try String(contentsOf: PackageRoot.url("README.md"), encoding: .utf8)
    let match = try #require(
      readme.firstMatch(
        of: /#### Buttons from a reply[\s\S]*?```python\n([\s\S]*?)```[\s\S]*?It prints[^\n]*\n\n```\n([\s\S]*?)```/),
      "README has no buttons example with its output")
    #expect(try runPython(String(match.output.1)) == String(match.output.2))
  }

  /// Runs a python snippet with `modelpin` on its path, on a private copy of the basic fixture.
  private func runPython(_ snippet: String) throws -> String {
    let sandbox = try StateSandbox()
    var environment = sandbox.environment
    environment["MODELPIN_STATE_DIR"] = sandbox.state.path
    environment["PATH"] = try ModelPinBinary.url().deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
    let python3 = try #require(Self.python3)
    let process = Process.child()
    process.executableURL = python3
    process.arguments = ["-c", snippet]
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readToEndAndClose(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(printed)")
    return printed
  }

  @Test func needsStdio() throws {
    let result = try StateSandbox().run(["serve"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: serve needs --stdio"))
  }

  @Test func refusesRequestsThatAreNotUTF8TextKeepingTheirID() throws {
    let (folder, environment) = try HostileState.copy("basic")
    var input = Data()
    for (id, session, text) in [(7, "tg:\u{FF}", "/model haiku"), (8, "tg:\u{FE}", "hello")] {
      // The session key's last byte as a raw byte, not UTF-8.
      let line = #"{"id": \#(id), "session": "tg:X", "text": "\#(text)"}"#
      var bytes = Array(line.utf8)
      bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = UInt8(session.unicodeScalars.last!.value)
      input.append(contentsOf: bytes + [0x0A])
    }
    input.append(contentsOf: Array(#"{"id": 9, "session": "s", "text": "\ud800 and \udc00\ud800x"}"#.utf8) + [0x0A])
    input.append(contentsOf: Array(#"{"id": 10, "session": "s", "text": "\ud83d\ude00"}"#.utf8) + [0x0A])
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path, "--sessions", "memory"], stdinData: input,
      environment: environment)
    let replies = try result.stdout.split(separator: "\n").map(object)
    #expect(replies.map { "\($0["id"] ?? "missing")" } == ["7", "8", "9", "10"], "\(result.stdout)")
    for reply in replies.prefix(3) {
      #expect((reply["error"] as? [String: Any])?["code"] as? String == "invalid_input", "\(reply)")
    }
    #expect(replies.last?["ok"] as? Bool == true)
  }

  @Test func takesRequestLinesOfOneMebibyteAndNoMore() throws {
    let (folder, environment) = try HostileState.copy("basic")
    func line(id: Int, bytes: Int) -> Data {
      let head = #"{"id": \#(id), "session": "main", "text": "hello""#
      return Data((head + String(repeating: " ", count: bytes - head.utf8.count - 1) + "}\n").utf8)
    }
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path, "--sessions", "memory"],
      stdinData: line(id: 1, bytes: 1 << 20) + line(id: 2, bytes: (1 << 20) + 1), environment: environment)
    let replies = try result.stdout.split(separator: "\n").map(object)
    #expect(replies.count == 2)
    #expect(replies.first?["ok"] as? Bool == true, "\(String(describing: replies.first))")
    #expect((replies.last?["error"] as? [String: Any])?["code"] as? String == "invalid_input")
    #expect((replies.last?["text"] as? String)?.contains("1048577") == true, "\(String(describing: replies.last))")
  }
}
