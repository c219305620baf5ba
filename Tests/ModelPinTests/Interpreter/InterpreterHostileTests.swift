import AuthProfiles
import Foundation
import ModelCatalog
import ModelPin
import ModelPinTestSupport
import SessionState
import StateFolder
import Testing

/// Regression tests for what the fuzzers and the hostile-input tests found: text from strangers
/// and from state files reaches a reply only escaped (spec §3.5).
@Suite struct InterpreterHostileTests {
  static let now: Int64 = 1_795_510_800_000

  /// Whether `text` holds a character a terminal must not get raw, other than its line breaks.
  static func holdsRawUnsafe(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 != "\n" && TerminalUnsafe.includes($0) }
  }

  /// An interpreter on a config and an auth file holding escape sequences.
  static func hostileInterpreter() throws -> Interpreter {
    var config = Config()
    config.defaultModel = "anthropic/claude-opus-4-6"
    config.allowlist = [
      .init(ref: "anthropic/claude-opus-4-6", alias: "O\u{1B}[31mpus"),
      .init(ref: "evil\u{1B}]0;x\u{7}/m\u{9B}1m", alias: "evil"),
    ]
    let folder = try TemporaryFolder.make().path
    let layout = StateLayout(folder: folder, agent: "main")
    try StateFile.writeAtomically(
      Array(
        #"{"version":1,"profiles":{"anthropic:w\u001b[2Jork":{"type":"api_key","provider":"anthropic","key":"sk-ant-0123456789abcdef"}}}"#
          .utf8), to: layout.authProfilesFile)
    let workspace = Workspace(
      layout: layout, config: config, environment: Environment(process: [:]),
      selection: ModelSelection(catalog: try BuiltInCatalog.load(), config: config, agent: "main"), home: nil)
    return try Interpreter(
      workspace: workspace, sessions: InMemorySessionStore(),
      auth: AuthStateSnapshot(of: AuthProfileFile(path: layout.authProfilesFile)))
  }

  @Test func anInvalidSessionKeyWithABidiOverrideIsEscapedInTheError() throws {
    // Found by FuzzInterpreter: SessionKey refuses the NUL, its error quoted U+202E raw.
    let interpreter = try Self.hostileInterpreter()
    let reply = interpreter.handle("/model", session: "teleg\u{0}ram:dm:\u{202E}42", at: Self.now)
    #expect(reply.error?.code == .invalidInput)
    #expect(!Self.holdsRawUnsafe(reply.text) && !Self.holdsRawUnsafe(reply.error?.message ?? ""))
    #expect(reply.error?.message == "The session key is unusable: it holds the control character U+0000.")
    #expect(reply.session == #"teleg\u{0}ram:dm:\u{202E}42"#)
  }

  @Test(arguments: [
    "/model", "/model list", "/model status", "hello", "/evil", "/model 2", "/model nosuch", "/model opus@x",
  ])
  func configValuesAndProfileIdsAreEscapedInEveryView(_ line: String) throws {
    let interpreter = try Self.hostileInterpreter()
    _ = interpreter.handle("/model list", session: "main", at: Self.now)
    let reply = interpreter.handle(line, session: "main", at: Self.now)
    #expect(!Self.holdsRawUnsafe(reply.text), "\(escapedText(reply.text))")
    #expect(!Self.holdsRawUnsafe(reply.error?.message ?? ""))
    let suggestions = reply.error?.suggestions ?? []
    #expect(suggestions.allSatisfy { !Self.holdsRawUnsafe($0) })
  }

  @Test func completionNeverOffersACandidateWithAnEscapeSequence() throws {
    let completions = try Self.hostileInterpreter().completions()
    let offered =
      completions.candidates(line: "/model opus@", wordStart: 12)
      + completions.candidates(line: "/model ", wordStart: 7)
      + completions.candidates(line: "/", wordStart: 0)
    #expect(!offered.isEmpty)
    #expect(!offered.contains(where: Self.holdsRawUnsafe), "\(offered.map(escapedText))")
  }
}

private func escapedText(_ text: String) -> String {
  text.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }
    .joined()
}
