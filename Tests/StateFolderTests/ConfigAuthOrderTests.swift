import StateFolder
import Testing

/// A provider's `auth.order` is found under any spelling of its name, the same way by routing,
/// `@profile` checks and `auth order get`.
@Suite struct ConfigAuthOrderTests {
  static func config(_ order: [String: [String]]) -> Config {
    var config = Config()
    config.authOrder = order
    return config
  }

  @Test func theExactKeyComesFirstThenOtherSpellingsInKeyOrder() {
    #expect(Self.config(["anthropic": ["a:1"], "Anthropic": ["a:2"]]).authOrder(of: "anthropic") == ["a:1"])
    #expect(Self.config([" Z.AI ": ["z:2"], "Z.AI": ["z:1"]]).authOrder(of: "zai") == ["z:2"])
    #expect(Self.config(["bedrock": ["b:1"]]).authOrder(of: "amazon-bedrock") == ["b:1"])
  }

  @Test func anEmptyOrMissingListIsNoOrder() {
    #expect(Self.config(["anthropic": []]).authOrder(of: "anthropic") == nil)
    #expect(Self.config(["openai": ["o:1"]]).authOrder(of: "anthropic") == nil)
    #expect(Config().authOrder(of: "anthropic") == nil)
  }
}
