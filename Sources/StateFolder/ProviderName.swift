/// Provider names as compared everywhere: trimmed, lowercased, with known spellings merged (spec §4.2).
public enum ProviderName {
  /// The canonical name of a provider: `" Z.AI "` is `zai`, `bedrock` is `amazon-bedrock`.
  public static func normalized(_ name: some StringProtocol) -> String {
    normalizing(name)
  }

  /// `normalized` of a `String`: the concrete forms are what callers in other modules call, as a
  /// generic function is not specialized across modules and costs several times as much
  /// unspecialized (every allowlisted model's provider is normalized at start-up).
  public static func normalized(_ name: String) -> String {
    normalizing(name)
  }

  /// `normalized` of a `Substring`.
  public static func normalized(_ name: Substring) -> String {
    normalizing(name)
  }

  private static func normalizing(_ name: some StringProtocol) -> String {
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
    // Told apart by first byte and length, most names are compared with no spelling.
    switch (name.utf8.first, name.utf8.count) {
    case (UInt8(ascii: "z"), 4), (UInt8(ascii: "x"), 4), (UInt8(ascii: "q"), 4), (UInt8(ascii: "o"), 12),
      (UInt8(ascii: "k"), 9), (UInt8(ascii: "b"), 7), (UInt8(ascii: "a"), 11):
      break
    default:
      return nil
    }
    return switch name {
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
