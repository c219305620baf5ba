import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// Control characters and escape sequences from strangers (chat lines, session keys, senders) and
/// from state files (aliases, provider names, model ids, endpoints, profile ids, e-mails,
/// disabled reasons in fixtures/state/hostile) never reach the output raw (spec §3.5).
@Suite struct HostileInputTests {
  /// The raw unsafe characters of `output` outside its line breaks, as `U+XXXX` with their line.
  static func rawUnsafe(in output: String) -> [String] {
    var found: [String] = []
    for (number, line) in output.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      for scalar in line.unicodeScalars where TerminalUnsafe.includes(scalar) {
        found.append("line \(number + 1): U+\(String(scalar.value, radix: 16, uppercase: true))")
      }
    }
    return found
  }

  /// Chat lines from a stranger: escape sequences everywhere a command or chat can hold them.
  static let lines = [
    "hello \u{1B}[2J\u{1B}]0;pwned\u{7}", "/model \u{1B}[31msonnet", "/model sonnet\u{9B}1m", "/model \u{202E}gpt",
    "/model opus@anthropic:\u{1B}[31mwork", "/model sonnet \u{1B}[2J", "/modle\u{1B}[31m", "hi /model \u{1B}[2J",
    "/model list \u{1B}[2J", "/model nosuch\u{200B}x", "/model sonnet@\u{202E}x", "\u{FEFF}/model", "/model",
    "/model list", "/model status", "/evil", "/model 3", "/model status", "/model 4", "/model opus@anthropic:ok",
    "/model O", "/model So", "/models evil", "/model anthropic/claude-opus-4-6@anthropic:w", "hello",
  ]

  static func jsonlTranscript() -> String {
    var requests: [String] = []
    let sessions = ["main", "telegram:\u{202E}dm:42", "a\u{1B}[2Jb", "c\u{9B}d", "x:thread:\u{200F}1"]
    for (index, line) in lines.enumerated() {
      requests.append(HostileState.request(id: index, session: sessions[index % sessions.count], text: line))
    }
    for profile in ["anthropic:w\u{1B}[2Jork", "evil\u{1B}]0;pwned\u{7}:x", "no\u{1B}[5msuch"] {
      requests.append(HostileState.request(id: 90, session: "main", outcome: "billing", profile: profile))
    }
    requests += [
      #"{"id": "\u001b[2J", "session": "main", "text": "/model status", "sender": "st\u001branger"}"#,
      #"{"id": 91, "session": "main", "outcome": {"result": "auth", "message": "\u001b]0;x\u0007 This credential is only authorized for use with Claude Code and cannot be used for other API requests."}}"#,
      "{\"id\": 92, \"session\": \"main\", \"text\": \"/model\", \"lang\": \"x\u{1B}[2J\"}",
      "not json \u{1B}[2J", "{\"id\": 93, \"text\": 7, \"\u{1B}[2J\": 1}",
    ]
    return requests.joined(separator: "\n") + "\n"
  }

  @Test(arguments: ["en", "zh-Hant"])
  func replayPrintsNoControlCharacter(_ language: String) throws {
    let (folder, environment) = try HostileState.copy("hostile")
    let base = ["replay", "--state-dir", folder.path, "--now", "2026-11-24T10:00:00Z", "--lang", language]
    let text = try ModelPinBinary.run(base, stdin: Self.lines.joined(separator: "\n") + "\n", environment: environment)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.split(separator: "\n").count > Self.lines.count)
    #expect(Self.rawUnsafe(in: text.stdout) == [], "replay text")
    #expect(Self.rawUnsafe(in: text.stderr) == [], "replay text, stderr")
    // The escapes show what was there.
    #expect(text.stdout.contains(#"O\u{1B}[31mpus"#))
    #expect(text.stdout.contains(#"anthropic:w\u{1B}[2Jork"#))

    for arguments in [["--json"], ["--format", "jsonl"], ["--format", "jsonl", "--json"]] {
      let input = arguments.contains("jsonl") ? Self.jsonlTranscript() : Self.lines.joined(separator: "\n") + "\n"
      let result = try ModelPinBinary.run(base + arguments, stdin: input, environment: environment)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(Self.rawUnsafe(in: result.stdout) == [], "replay \(arguments)")
      #expect(Self.rawUnsafe(in: result.stderr) == [], "replay \(arguments), stderr")
      if arguments.contains("--json") {
        for line in result.stdout.split(separator: "\n") {
          #expect((try? JSONValue.parse(String(line))) != nil, "not JSON: \(line.prefix(200))")
        }
      }
    }
  }

  @Test func startUpErrorsQuotingTheConfigAreEscaped() throws {
    let (folder, environment) = try HostileState.copy("hostile")
    let config =
      #"{ agents: { defaults: { models: { "anthropic/claude-opus-4-6": { alias: "X\u001b]0;pwned\u0007" }, "#
      + #""anthropic/claude-sonnet-4-5": { alias: "x\u001b]0;pwned\u0007" } } } } }"#
    try Data(config.utf8).write(to: folder.appendingPathComponent("openclaw.json"))
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hello\n", environment: environment)
    #expect(result.status != 0)
    #expect(result.stderr.contains(#"alias "x\u{1B}]0;pwned\u{7}" is given to both"#), "\(result.stderr)")
    #expect(Self.rawUnsafe(in: result.stderr) == [])
  }

  @Test func servePrintsNoControlCharacter() throws {
    let (folder, environment) = try HostileState.copy("hostile")
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path, "--sessions", "json"], stdin: Self.jsonlTranscript(),
      environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Self.rawUnsafe(in: result.stdout) == [])
    #expect(Self.rawUnsafe(in: result.stderr) == [])
    #expect(result.stdout.split(separator: "\n").count == Self.jsonlTranscript().split(separator: "\n").count)
  }

  /// Every command that prints text, run on the hostile state with an expired profile whose id
  /// holds a newline and an escape sequence, and sessions whose keys hold escapes.
  static let commands: [[String]] = [
    ["status"], ["status", "--plain"], ["status", "--check"], ["auth", "list"], ["auth", "list", "--plain"],
    ["auth", "order", "get", "--provider", "anthropic"],
    ["auth", "order", "get", "--provider", "evil\u{1B}]0;pwned\u{7}"],
    ["auth", "order", "set", "--provider", "anthropic", "anthropic:w\u{1B}[2Jork", "no\u{1B}[5msuch"],
    ["auth", "cooldown", "clear", "--profile", "anthropic:w\u{1B}[2Jork"],
    ["auth", "cooldown", "clear", "--profile", "anthropic:x\n\u{1B}]0;t\u{7}"], ["sessions", "list"],
    ["sessions", "show", "a\u{1B}[2Jb"], ["sessions", "clear", "c\u{9B}d"], ["doctor"],
    ["replay", "/nonexistent/\u{1B}]0;x\u{7}.txt"], ["status", "--now", "\u{1B}[2J"],
    ["--session", "x\u{1B}[2J"], ["sessions", "--sessions", "\u{1B}]0;x\u{7}", "list"],
  ]

  @Test(arguments: ["en", "zh-Hant"])
  func everyCommandPrintsNoControlCharacter(_ language: String) throws {
    let (folder, environment) = try HostileState.copy("hostile")
    let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    var document = try HostileState.json(auth)
    let expired = #"{"type": "token", "provider": "anthropic", "token": "tok-0123456789abcdef", "expires": 1}"#
    document = try JSONValue.parse(
      document.serialized(pretty: false).replacing(
        #""profiles":{"#, with: #""profiles":{"anthropic:x\n\u001b]0;t\u0007":\#(expired),"#))
    try StateFile.writeAtomically(Array(document.serialized(pretty: true).utf8), to: auth)
    let served = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path], stdin: Self.jsonlTranscript(), environment: environment)
    #expect(served.status == 0, "\(served.stderr)")
    let base = ["--state-dir", folder.path, "--lang", language]
    for command in Self.commands {
      let result = try ModelPinBinary.run(command + base, stdin: "hello\n", environment: environment)
      let name = "\(command)"
      #expect(result.stdout.count + result.stderr.count > 0, "\(name) printed nothing")
      #expect(Self.rawUnsafe(in: result.stdout) == [], "\(name): \(result.stdout.debugDescription)")
      #expect(Self.rawUnsafe(in: result.stderr) == [], "\(name), stderr: \(result.stderr.debugDescription)")
    }
    let doctor = try ModelPinBinary.run(["doctor"] + base, environment: environment)
    // The fix names the profile the way bash reads it back.
    #expect(doctor.stdout.contains(#"$'anthropic:x\x0A\x1B]0;t\x07'"#), "\(doctor.stdout)")
    #expect(!doctor.stdout.contains("anthropic:x\n"), "a line break in a profile id reached the output")
  }
}
