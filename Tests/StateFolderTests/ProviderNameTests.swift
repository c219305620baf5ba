import StateFolder
import Testing

@Suite struct ProviderNameTests {
  @Test(arguments: [
    ("anthropic", "anthropic"),
    (" OpenAI ", "openai"),
    ("z.ai", "zai"),
    ("Z-AI", "zai"),
    ("opencode-zen", "opencode"),
    ("qwen", "qwen-portal"),
    ("kimi-code", "kimi-coding"),
    ("bedrock", "amazon-bedrock"),
    ("AWS-Bedrock", "amazon-bedrock"),
    ("\u{3000}Z.AI\u{3000}", "zai"),
    ("my-proxy", "my-proxy"),
  ])
  func mergesTheSpellingsOfTheSpec(written: String, normalized: String) {
    #expect(ProviderName.normalized(written) == normalized)
  }
}
