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

extension ProviderName {
  /// Up to three of `known` close to `typed` (normalized here), closest first: a name that starts
  /// with the other, then names within two edits (`opneai` → `openai`). The did-you-mean of an
  /// unknown provider, in chat and in `status` and `doctor` alike.
  public static func suggestions(for typed: String, among known: [String]) -> [String] {
    let name = normalized(typed)
    let typedScalars = Array(name.unicodeScalars)
    var seen: Set<String> = [name]
    let close = known.compactMap { provider -> (String, Int)? in
      guard seen.insert(provider).inserted else { return nil }
      if provider.hasPrefix(name) || name.hasPrefix(provider) { return (provider, 0) }
      return EditDistance.between(Array(provider.unicodeScalars), typedScalars, limit: 2).map { (provider, $0) }
    }
    return close.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
  }
}
