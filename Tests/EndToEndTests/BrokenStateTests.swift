import Foundation
import ModelPinTestSupport
import Testing

/// A file that does not parse stops every command with its path and position, and is never
/// overwritten (spec §2, §5.1).
@Suite struct BrokenStateTests {
  private static let brokenAuth = #"{"version": 1, "profiles": {"anthropic:work": {"type": "api_key", "#

  private func state() throws -> (home: URL, folder: URL) {
    let home = try TemporaryFolder.make()
    return (home, try Fixtures.copyOfFolder("state/basic", into: home))
  }

  @Test(arguments: [
    ["replay", "--persist", "--format", "jsonl"],
    ["replay"],
    ["serve", "--stdio"],
  ])
  func aBrokenAuthFileIsLeftByteIdentical(_ command: [String]) throws {
    let (home, folder) = try state()
    let path = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    try Self.brokenAuth.write(toFile: path, atomically: true, encoding: .utf8)
    let input = #"{"session": "main", "outcome": {"result": "rate_limit", "profile": "anthropic:work"}}"# + "\n"
    let result = try ModelPinBinary.run(
      command + ["--state-dir", folder.path], stdin: input, environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(result.status != 0)
    #expect(result.stderr.contains("auth-profiles.json:1:"))
    #expect(result.stderr.contains("never overwrites"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.brokenAuth)
  }

  @Test func aBrokenConfigNamesFileLineAndColumn() throws {
    let (home, folder) = try state()
    try "{\n  agents: {\n    defaults: [\n}\n".write(
      to: folder.appendingPathComponent("openclaw.json"), atomically: true, encoding: .utf8)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hello\n", environment: ModelPinBinary.cleanEnvironment(home: home)
    )
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("openclaw.json:4:1: "))
  }

  @Test func duplicateAliasesNameBothEntries() throws {
    let (home, folder) = try state()
    let config =
      #"{agents: {defaults: {models: {"anthropic/claude-opus-4-6": {alias: "Fast"}, "openai/gpt-5-mini": {alias: "fast"}}}}}"#
    try config.write(to: folder.appendingPathComponent("openclaw.json"), atomically: true, encoding: .utf8)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hello\n", environment: ModelPinBinary.cleanEnvironment(home: home)
    )
    #expect(result.status != 0)
    #expect(result.stderr.contains("anthropic/claude-opus-4-6") && result.stderr.contains("openai/gpt-5-mini"))
  }
}
