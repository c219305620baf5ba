import StateFolder
import Testing

@Suite struct ConfigLoaderTests {
  @Test func readsTheKeysOfTheSpec() throws {
    let text = """
      {
        agents: {
          defaults: {
            model: { primary: "anthropic/claude-opus-4-6", fallbacks: ["openai/gpt-5.2"] },
            models: { "anthropic/claude-opus-4-6": { alias: "Opus" }, "openai/gpt-5.2": {} },
          },
          list: [{ id: "main" }, { id: "work", default: true, model: "openai/gpt-5.2" }],
        },
        models: { providers: { local: { baseUrl: "http://127.0.0.1:1234/v1", api: "openai-completions", models: [{ id: "qwen3" }] } } },
        auth: {
          profiles: { "anthropic:work": { provider: "anthropic", mode: "api_key" } },
          order: { anthropic: ["anthropic:work"] },
          cooldowns: { billingBackoffHours: 2, billingMaxHours: 12 },
        },
        commands: { allowFrom: ["telegram:42"] },
        display: { language: "zh-Hant" },
        channels: { ignored: true },
      }
      """
    let config = try ConfigLoader.parse(Array(text.utf8), path: "/s/openclaw.json")
    #expect(config.defaultModel == "anthropic/claude-opus-4-6")
    #expect(config.fallbacks == ["openai/gpt-5.2"])
    #expect(config.allowlist == [.init(ref: "anthropic/claude-opus-4-6", alias: "Opus"), .init(ref: "openai/gpt-5.2")])
    #expect(config.defaultAgentID == "work")
    #expect(config.agents[1].model == "openai/gpt-5.2")
    #expect(config.providers.first?.models.first?.id == "qwen3")
    #expect(config.authProfiles == [.init(id: "anthropic:work", provider: "anthropic", mode: "api_key")])
    #expect(config.authOrder["anthropic"] == ["anthropic:work"])
    #expect(config.cooldowns.billingBackoffHours == 2)
    #expect(config.cooldowns.failureWindowHours == 24)
    #expect(config.allowFrom == ["telegram:42"])
    #expect(config.language == "zh-Hant")
  }

  @Test func namesFileLineAndColumnOfASyntaxError() {
    #expect(throws: ConfigError.self) {
      try ConfigLoader.parse(Array("{\n  agents: [\n}".utf8), path: "/s/openclaw.json")
    }
    do {
      _ = try ConfigLoader.parse(Array("{\n  agents: [\n}".utf8), path: "/s/openclaw.json")
    } catch {
      #expect(error.description.hasPrefix("/s/openclaw.json:3:1: "))
    }
  }

  @Test func namesBothEntriesOfADuplicateAlias() {
    let text = #"{agents: {defaults: {models: {"a/x": {alias: "Fast"}, "b/y": {alias: "fast"}}}}}"#
    do {
      _ = try ConfigLoader.parse(Array(text.utf8), path: "c.json")
      Issue.record("expected a duplicate alias error")
    } catch {
      #expect(error == .duplicateAlias(path: "c.json", alias: "fast", first: "a/x", second: "b/y"))
      #expect(error.description.contains("a/x") && error.description.contains("b/y"))
    }
  }

  @Test func namesTheKeyOfAValueOfTheWrongShape() {
    do {
      _ = try ConfigLoader.parse(Array(#"{auth: {order: {anthropic: "x"}}}"#.utf8), path: "c.json")
      Issue.record("expected an invalid value error")
    } catch {
      #expect(error == .invalidValue(path: "c.json", key: "auth.order.anthropic", expected: "an array of strings"))
    }
  }

  @Test func usesTheEmbeddedDefaultWhenNoFileExists() throws {
    let config = try ConfigLoader.load(explicitPath: nil, candidates: ["/nonexistent/a.json", "/nonexistent/b.json"])
    #expect(config == Config())
  }

  @Test func failsWhenTheNamedConfigIsMissing() {
    #expect(throws: ConfigError.self) { try ConfigLoader.load(explicitPath: "/nonexistent/c.json", candidates: []) }
  }
}
