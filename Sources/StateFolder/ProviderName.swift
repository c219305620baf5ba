/// Provider names as compared everywhere: trimmed, lowercased, with known spellings merged (spec §4.2).
public enum ProviderName {
  /// The canonical name of a provider: `" Z.AI "` is `zai`, `bedrock` is `amazon-bedrock`.
  public static func normalized(_ name: some StringProtocol) -> String {
    // Visible ASCII without capitals, the usual case (`anthropic`), has nothing to trim or to
    // lowercase: checked on the bytes, without Unicode case mapping.
    let isLowercaseASCII = name.utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.isEmpty && bytes.allSatisfy { (0x21..<0x7F).contains($0) && !(0x41...0x5A).contains($0) }
    }
    let lowered = isLowercaseASCII == true ? String(name) : name.trimmingSpaces().lowercased()
    return synonym(of: lowered) ?? lowered
  }

  /// The name a lowercased spelling stands for, if it is one of the merged spellings.
  private static func synonym(of name: String) -> String? {
    switch name {
    case "z.ai", "z-ai": "zai"
    case "x-ai": "xai"
    case "opencode-zen": "opencode"
    case "qwen": "qwen-portal"
    case "kimi-code": "kimi-coding"
    case "bedrock", "aws-bedrock": "amazon-bedrock"
    default: nil
    }
  }
}
