import AuthProfiles
import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

@Suite struct AuthProfileFileTests {
  /// A path for `auth-profiles.json` in a new temporary state folder; its folders do not exist yet.
  private func newPath() throws -> String {
    try TemporaryFolder.make().appendingPathComponent("agents/main/agent/auth-profiles.json").path
  }

  /// A temporary copy of `fixtures/auth/<name>`.
  private func copy(ofFixture name: String) throws -> String {
    let path = try newPath()
    try StateFile.writeAtomically(Array(try Fixtures.text("auth/\(name)").utf8), to: path, mode: 0o644)
    return path
  }

  private func bytes(of path: String) throws -> [UInt8]? {
    try StateFile.read(path)
  }

  @Test func readsAMissingFileAsAnEmptyStore() throws {
    let store = try AuthProfileFile(path: try newPath()).load()
    #expect(store.profiles.isEmpty)
    #expect(store.warnings.isEmpty)
  }

  @Test func namesThePathLineAndColumnOfAFileThatDoesNotParse() throws {
    let path = try copy(ofFixture: "broken.json")
    #expect {
      try AuthProfileFile(path: path).load()
    } throws: { error in
      "\(error)"
        == "\(path):4:67: expected ',' or '}' after a value in an object; fix the file (modelpin never overwrites it)"
    }
  }

  @Test func leavesABrokenFileByteIdenticalWhenAnUpdateFails() throws {
    let path = try copy(ofFixture: "broken.json")
    let before = try bytes(of: path)
    #expect(throws: AuthStoreError.self) {
      try AuthProfileFile(path: path).update { store in
        try store.setToken(id: "anthropic:manual", provider: "anthropic", token: "sk-ant-oat01-new", expires: nil)
      }
    }
    #expect(try bytes(of: path) == before)
  }

  @Test func writesNothingWhenTheChangeThrows() throws {
    let path = try copy(ofFixture: "auth-profiles.json")
    let before = try bytes(of: path)
    #expect(throws: AuthStoreError.unknownProfile("anthropic:gone")) {
      try AuthProfileFile(path: path).update { store in
        try store.record(.ok, profile: "anthropic:work", now: now, settings: Config.CooldownSettings())
        try store.record(.ok, profile: "anthropic:gone", now: now, settings: Config.CooldownSettings())
      }
    }
    #expect(try bytes(of: path) == before)
  }

  @Test func createsNoFileWhenNothingChanges() throws {
    let path = try newPath()
    let count = try AuthProfileFile(path: path).update { $0.clearCooldowns(provider: "anthropic").count }
    #expect(count == 0)
    #expect(try bytes(of: path) == nil)
  }

  @Test func createsThePrivateFileInPrivateFolders() throws {
    let path = try newPath()
    let file = AuthProfileFile(path: path)
    try file.update {
      try $0.setToken(id: "anthropic:manual", provider: "anthropic", token: "sk-ant-oat01-x", expires: nil)
    }
    #expect(StateFile.permissions(of: path) == 0o600)
    #expect(StateFile.permissions(of: URL(fileURLWithPath: path).deletingLastPathComponent().path) == 0o700)
    #expect(try file.load().profile("anthropic:manual")?.credential == .token(token: "sk-ant-oat01-x", expires: nil))
  }

  @Test func makesAnExistingFilePrivateWhenItWritesIt() throws {
    let path = try copy(ofFixture: "auth-profiles.json")
    #expect(StateFile.permissions(of: path) == 0o644)
    try AuthProfileFile(path: path).update {
      try $0.record(.timeout, profile: "openai:default", now: now, settings: Config.CooldownSettings())
    }
    #expect(StateFile.permissions(of: path) == 0o600)
  }

  @Test func twoProcessesUpdatingAtOnceLoseNoUpdate() throws {
    let path = try copy(ofFixture: "auth-profiles.json")
    let writers = try (0..<2).map { _ in try WriterProcess.start(file: path) }
    for writer in writers {
      let (status, output) = writer.wait()
      #expect(status == 0, "a writer failed:\n\(output)")
    }
    let usage = try AuthProfileFile(path: path).load().usage(of: "openai:default")
    #expect(usage.failureCounts["rate_limit"] == 2 * WriterProcess.updates)
    #expect(usage.errorCount == 2 * WriterProcess.updates)
  }

  @Test(.enabled(if: WriterProcess.file != nil, "runs only as a writer process of the test above"))
  func recordsRateLimitsAsAWriterProcess() throws {
    let file = AuthProfileFile(path: try #require(WriterProcess.file))
    for _ in 0..<WriterProcess.updates {
      let before = try file.update { store in
        let count = store.usage(of: "openai:default").errorCount
        try store.record(.rateLimit, profile: "openai:default", now: now, settings: Config.CooldownSettings())
        return count
      }
      #expect(try file.load().usage(of: "openai:default").errorCount > before)
    }
  }
}

/// This test binary, run again to apply updates from another process.
private enum WriterProcess {
  /// How many updates each writer applies.
  static let updates = 200
  private static let variable = "AUTH_PROFILES_TEST_WRITER_FILE"

  /// The file to update, when this process is a writer.
  static var file: String? { ProcessInfo.processInfo.environment[variable] }

  /// Starts this test binary running only `recordsRateLimitsAsAWriterProcess` on `file`.
  static func start(file: String) throws -> ChildTestProcess {
    try ChildTestProcess.start(
      filter: "AuthProfileFileTests/recordsRateLimitsAsAWriterProcess", environment: [variable: file])
  }
}
