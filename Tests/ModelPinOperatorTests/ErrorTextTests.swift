import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct ErrorTextTests {
    @Test func namesTheConfigAndWhereItBreaksInTheUsersLanguage() throws {
      let state = try OperatorState(config: "{\n  agents: [,\n}")
      for (language, expected) in [
        ("en", "cannot read the config ~/state/openclaw.json: line 2, column"),
        ("zh-Hant", "無法讀取組態檔 ~/state/openclaw.json：第 2 行第"),
      ] {
        do {
          _ = try state.context(language: language)
          Issue.record("a broken config was read")
        } catch let failure as OperatorFailure {
          #expect(failure.description.hasPrefix(expected), "\(failure.description)")
        }
      }
    }

    @Test func namesBothModelsOfADuplicateAlias() throws {
      let state = try OperatorState(
        config: #"{agents: {defaults: {models: {"a/x": {alias: "X"}, "b/y": {alias: "x"}}}}}"#)
      #expect(
        throws: OperatorFailure(
          #"the config ~/state/openclaw.json gives the alias "x" to both a/x and b/y; keep it on one"#)
      ) {
        try state.context()
      }
    }
  }
}
