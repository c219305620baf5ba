import Foundation
import ModelPinTestSupport
import Testing

/// The command line itself: help texts, version, mistyped commands and up-front usage errors.
@Suite struct CommandLineTests {
  static let commands: [[String]] = [
    [], ["repl"], ["replay"], ["serve"], ["status"], ["auth"], ["auth", "list"], ["auth", "order"],
    ["auth", "order", "get"], ["auth", "order", "set"], ["auth", "order", "clear"], ["auth", "paste-token"],
    ["auth", "setup-token"], ["auth", "cooldown"], ["auth", "cooldown", "clear"], ["auth", "remove"],
    ["auth", "import"], ["auth", "export"], ["sessions"], ["sessions", "list"],
    ["sessions", "show"], ["sessions", "clear"], ["doctor"],
  ]

  static func help(_ command: [String], columns: Int) throws -> String {
    let environment = ModelPinBinary.cleanEnvironment(
      home: try TemporaryFolder.make(), extra: ["COLUMNS": "\(columns)"])
    let result = try ModelPinBinary.run(command + ["--help"], environment: environment)
    #expect(result.status == 0, "\(command) --help: \(result.stderr)")
    return result.stdout
  }

  /// Every example (an indented block after a line ending in a colon) stays on one line, so it can be copied; every paragraph is filled by the help
  /// wrapper alone, with no line broken early by a hard line break in the source.
  @Test(arguments: [80, 160])
  func helpKeepsExamplesWholeAndParagraphsFilled(columns: Int) throws {
    for command in Self.commands {
      let text = try Self.help(command, columns: columns)
      let discussion = text.components(separatedBy: "\nUSAGE:")[0].components(separatedBy: "\n")
      var inExample = false
      for (line, next) in zip(discussion, discussion.dropFirst()) {
        if line.hasSuffix(":"), next.hasPrefix("  ") { inExample = true }
        if line.isEmpty { inExample = false }
        if inExample, !next.isEmpty {
          #expect(next.hasPrefix("  "), "\(command) at \(columns) columns wraps an example: \(next)")
        } else if !line.isEmpty, !next.isEmpty {
          let nextWord = next.split(separator: " ").first.map(\.count) ?? 0
          #expect(
            line.count + 1 + nextWord >= columns,
            "\(command) at \(columns) columns breaks a paragraph early after: \(line)")
        }
      }
    }
  }

  @Test func namesEachDefaultOnce() throws {
    for command in Self.commands {
      for line in try Self.help(command, columns: 200).split(separator: "\n") {
        #expect(line.components(separatedBy: "(default").count <= 2, "\(command): \(line)")
      }
    }
  }

  @Test func printsItsVersion() throws {
    let result = try ModelPinBinary.run(
      ["--version"], environment: ModelPinBinary.cleanEnvironment(home: try TemporaryFolder.make()))
    #expect(result.status == 0)
    #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
  }

  @Test func suggestsTheSubcommandMeant() throws {
    let environment = ModelPinBinary.cleanEnvironment(home: try TemporaryFolder.make())
    let typo = try ModelPinBinary.run(["stauts"], environment: environment)
    #expect(typo.status == 64)
    #expect(typo.stderr.contains(#"unknown command "stauts". Did you mean "status"?"#), "\(typo.stderr)")
    let unknown = try ModelPinBinary.run(["frobnicate"], environment: environment)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("the commands are repl, replay, serve, status"), "\(unknown.stderr)")
  }

  @Test func failsOnAMissingTranscriptNamingIt() throws {
    let result = try StateSandbox().run(["replay", "no-such-transcript.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot read no-such-transcript.txt: no such file or directory"))
    #expect(!result.stderr.contains("Usage: modelpin <subcommand>"))
  }

  @Test func refusesAnUnusableSessionUpFront() throws {
    let result = try StateSandbox().run(["replay", "--session", ""], stdin: "/model\n")
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--session: invalid session key \"\": it is empty"), "\(result.stderr)")
  }

  @Test func takesADateAloneForNow() throws {
    let result = try StateSandbox().run(["replay", "--json", "--now", "2026-12-02"], stdin: "/model status\n")
    #expect(result.status == 0, "\(result.stderr)")
    let date = try StateSandbox().run(["status", "--json", "--now", "2026-12-02"])
    #expect(date.status == 0, "\(date.stderr)")
  }

  @Test func saysOnceWhenATextTranscriptLooksLikeJSONL() throws {
    let transcript = #"{"session": "main", "text": "/model list"}"# + "\n" + #"{"text": "hello"}"# + "\n"
    let result = try StateSandbox().run(["replay"], stdin: transcript)
    let notices = result.stderr.components(separatedBy: "looks like a JSONL request").count - 1
    #expect(notices == 1, "\(result.stderr)")
    #expect(result.stderr.contains("--format jsonl"))
    let plain = try StateSandbox().run(["replay"], stdin: "{not a request}\n/model\n")
    #expect(!plain.stderr.contains("JSONL"), "\(plain.stderr)")
  }

  @Test func namesTheTranscriptLineOfAnInvalidRequest() throws {
    let transcript = #"{"text": "hello"}"# + "\n\n# comment\n{bad\n"
    let result = try StateSandbox().run(["replay", "--format", "jsonl"], stdin: transcript)
    #expect(result.stdout.contains("Line 4 is not a valid request: not JSON (column 2: "), "\(result.stdout)")
  }
}
