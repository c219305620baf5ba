import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

@Suite struct EnvironmentTests {
  @Test func neverLetsDotEnvOverrideTheProcess() {
    let environment = Environment(
      process: ["A": "process", "EMPTY": ""], dotEnv: ["A": "file", "B": "file", "EMPTY": "file"])
    #expect(environment["A"] == "process")
    #expect(environment["B"] == "file")
    #expect(environment["EMPTY"] == "file")
    #expect(environment["C"] == nil)
  }

  @Test func parsesDotEnvLines() {
    let text = """
      # keys
      export ANTHROPIC_API_KEY=sk-ant-1
      OPENAI_API_KEY = "sk-proj-2"
      GEMINI_API_KEY='g 3'
      XAI_API_KEY=x4 # trailing comment
      not an assignment
      """
    let values = DotEnv.parse(text)
    #expect(
      values == [
        "ANTHROPIC_API_KEY": "sk-ant-1", "OPENAI_API_KEY": "sk-proj-2", "GEMINI_API_KEY": "g 3", "XAI_API_KEY": "x4",
      ])
  }

  @Test func aByteOrderMarkDoesNotHideTheFirstKey() throws {
    let path = try TemporaryFolder.make().path + "/.env"
    try StateFile.writeAtomically(Array("\u{FEFF}FIRST=one\nSECOND=two\n".utf8), to: path)
    let environment = try Environment.load(process: [:], dotEnvFile: path)
    #expect(environment.dotEnv == ["FIRST": "one", "SECOND": "two"])
  }
}
