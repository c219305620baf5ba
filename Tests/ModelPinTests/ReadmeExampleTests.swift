import Foundation
import ModelPin
import ModelPinTestSupport
import SessionState
import Testing

/// The README's Swift example, compiled and run here: a change to the library that breaks it
/// breaks this file, and the README must keep showing these lines.
@Suite struct ReadmeExampleTests {
  @Test func runsTheSwiftExampleOfTheREADME() throws {
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/basic", into: home)
    let environment = ["HOME": home.path]
    var printed: [String] = []
    func print(_ text: String) { printed.append(text) }

    // The README's lines, from here to the end of the test, but for the state folder.
    let workspace = try Workspace.load(WorkspaceOptions(stateFolder: folder.path), processEnvironment: environment)
    let interpreter = try Interpreter(
      workspace: workspace,
      sessions: makeSessionStore(kind: .sqlite, layout: workspace.layout),
      auth: workspace.authState(persist: true))

    let now = Int64(Date().timeIntervalSince1970 * 1000)
    let reply = interpreter.handle(
      "/model sonnet@anthropic:work", session: "telegram:dm:42", sender: "telegram:42", at: now)
    print(reply.text)  // what to send back to the chat
    print(reply.route?.profile ?? "no profile")  // which credential the next message uses
    // after calling the provider:
    interpreter.record(OutcomeReport(result: .rateLimit), session: "telegram:dm:42", at: now)

    #expect(printed == [reply.text, "anthropic:work"])
    #expect(interpreter.route(of: "telegram:dm:42", at: now)?.profile == "anthropic:work")
    let readme = try String(contentsOf: PackageRoot.url("README.md"), encoding: .utf8)
    let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
    let example = source.components(separatedBy: "but for the state folder.\n")[1]
      .components(separatedBy: "\n\n    #expect")[0]
      .split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
      .map { $0.dropFirst(4) }.joined(separator: "\n")
    #expect(readme.contains(example), "the README's Swift example differs from this test's")
  }
}
