import AuthProfiles
import Foundation
import ModelPin
import ModelPinTestSupport
import SessionState
import Testing

/// `Interpreter.batchingPinWrites` over OpenClaw's `sessions.json`: the replies of a batch come
/// back once its pins are in the file, and none claims a pin the file does not hold.
@Suite struct PinWriteBatchTests {
  static let now: Int64 = 1_795_514_400_000

  private static func interpreter() throws -> (Interpreter, path: String) {
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/basic", into: home)
    let workspace = try Workspace.load(
      WorkspaceOptions(stateFolder: folder.path), processEnvironment: ["HOME": home.path])
    let path = workspace.layout.sessionsFile
    let auth = try AuthStateSnapshot(of: AuthProfileFile(path: workspace.layout.authProfilesFile))
    let interpreter = try Interpreter(workspace: workspace, sessions: JSONSessionStore(path: path), auth: auth)
    return (interpreter, path)
  }

  @Test func theRepliesComeBackOnceTheirPinsAreInTheFile() throws {
    let (interpreter, path) = try Self.interpreter()
    var heldDuringTheBatch: [SessionPins?] = []
    let replies = interpreter.batchingPinWrites { add in
      add(interpreter.handle("/model sonnet", session: "a", at: Self.now))
      add(interpreter.handle("/model gpt", session: "b", at: Self.now))
      // The next line of the batch reads the pin the first made.
      add(interpreter.handle("/model status", session: "a", at: Self.now))
      heldDuringTheBatch = [try? JSONSessionStore(path: path).pins(for: "a")]
    }
    #expect(heldDuringTheBatch == [nil])
    #expect(replies.map(\.ok) == [true, true, true])
    #expect(replies[2].route?.model == "claude-sonnet-4-5")
    let file = JSONSessionStore(path: path)
    #expect(try file.pins(for: "a")?.model == "anthropic/claude-sonnet-4-5")
    #expect(try file.pins(for: "b")?.model == "openai/gpt-5.2")
  }

  @Test func whenTheBatchCannotBeWrittenItsRepliesFromTheFirstChangeOnSaySo() throws {
    let (interpreter, path) = try Self.interpreter()
    // Pinned (its automatic profile) before: the batch's first line changes nothing.
    #expect(interpreter.handle("hi", session: "b", at: Self.now).ok)
    let replies = interpreter.batchingPinWrites { add in
      add(interpreter.handle("hi", session: "b", at: Self.now))
      add(interpreter.handle("/model sonnet", session: "a", at: Self.now))
      add(interpreter.handle("hi", session: "a:thread:1", at: Self.now))
      // A folder in the file's place: the batch's write fails.
      try? FileManager.default.removeItem(atPath: path)
      try? URL(fileURLWithPath: path).writeFile("x", to: "in-the-way")
    }
    #expect(replies.map(\.ok) == [true, false, false])
    #expect(replies.dropFirst().allSatisfy { $0.error?.code == .stateUnavailable && $0.route == nil })
    #expect(replies.map(\.session) == ["b", "a", "a:thread:1"])
  }
}
