/// Provider names as compared everywhere: trimmed, lowercased, with known spellings merged (spec §4.2).
public enum ProviderName {
  private static let synonyms: [String: String] = [
    "z.ai": "zai", "z-ai": "zai",
    "opencode-zen": "opencode",
    "qwen": "qwen-portal",
    "kimi-code": "kimi-coding",
    "bedrock": "amazon-bedrock", "aws-bedrock": "amazon-bedrock",
  ]

  /// The canonical name of a provider: `" Z.AI "` is `zai`, `bedrock` is `amazon-bedrock`.
  public static func normalized(_ name: some StringProtocol) -> String {
    let lowered = name.trimmingSpaces().lowercased()
    return synonyms[lowered] ?? lowered
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  func trimmingSpaces() -> SubSequence {
    // Visible ASCII at both ends, the usual case: nothing to trim, and no Character to form.
    let bytes = utf8
    if let first = bytes.first, (0x21..<0x80).contains(first),
      (0x21..<0x80).contains(bytes[bytes.index(bytes.startIndex, offsetBy: bytes.count - 1)])
    {
      return self[...]
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
