import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// Files other editors write, read as they mean: a config in any JSON5 (spec §2), a `.env` that
/// starts with a byte-order mark.
@Suite struct FileSyntaxTests {
  @Test func aConfigUsingEveryJSON5FormIsRead() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let config = """
      // JSON5 numbers JSON lacks, and its escapes.
      {
        agents: { defaults: {
          model: "anthropic/claude-\\x6Fpus-4-6",
          models: { "anthropic/claude-sonnet-4-5": { alias: 'S\\x6Fnnet\\
      ' }, "anthropic/claude-opus-4-6": {} },
        } },
        unused: [NaN, Infinity, +Infinity, -Infinity, "\\v\\0"],
      }
      """
    try StateFile.writeAtomically(Array(config.utf8), to: folder.appendingPathComponent("openclaw.json").path)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "/model sonnet\n", environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Model set to Sonnet (anthropic/claude-sonnet-4-5)"), "\(result.stdout)")
  }

  @Test func aByteOrderMarkInDotEnvKeepsTheFirstKey() throws {
    let home = try TemporaryFolder.make()
    let folder = home.appendingPathComponent("state")
    try StateFile.writeAtomically(
      Array("\u{FEFF}OPENAI_API_KEY=sk-proj-DOTENV-000000000000000000\n".utf8),
      to: folder.appendingPathComponent(".env").path)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "/model gpt\n/model status\n",
      environment: ModelPinBinary.cleanEnvironment(home: home))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("OPENAI_API_KEY"), "\(result.stdout)")
  }
}
