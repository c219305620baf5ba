import StateFolder

/// A model named by its provider and its id: `anthropic/claude-opus-4-6` (spec §1).
///
/// The provider is always normalized (`Z.AI` is `zai`); the model id keeps its case and may
/// itself contain `/` (`openrouter/moonshotai/kimi-k2`).
public struct ModelRef: Hashable, Sendable, CustomStringConvertible {
  private var normalizedProvider: String

  /// The model id, as written: `claude-opus-4-6`, `moonshotai/kimi-k2`, `MiniMax-M2`.
  public var model: String

  /// A ref of `provider` (normalized here) and `model`.
  public init(provider: String, model: String) {
    self.normalizedProvider = ProviderName.normalized(provider)
    self.model = model
  }

  /// The provider, normalized; setting it normalizes the new name.
  public var provider: String {
    get { normalizedProvider }
    set { normalizedProvider = ProviderName.normalized(newValue) }
  }

  /// `provider/model`, the key refs are compared and stored by.
  public var key: String {
    // Copied into a string sized once: an interpolation costs several times as much, and keys
    // are made for every allowlisted model at start-up and for pins on every line.
    var provider = normalizedProvider
    var model = model
    return provider.withUTF8 { provider in
      model.withUTF8 { model in
        String(unsafeUninitializedCapacity: provider.count + 1 + model.count) { key in
          let slash = key.initialize(fromContentsOf: provider)
          key[slash] = UInt8(ascii: "/")
          return key[(slash + 1)...].initialize(fromContentsOf: model)
        }
      }
    }
  }

  public var description: String { key }

  /// Reads a typed or configured ref (spec §4.2 step 2); nil when the text is empty or a side of
  /// the `/` is.
  ///
  /// The text splits at its first `/`; without one, the model belongs to `defaultProvider`.
  /// Anthropic's shorthands name their full ids: `opus-4.6` is `claude-opus-4-6`.
  ///
  /// ```swift
  /// ModelRef.parse("openrouter/moonshotai/kimi-k2", defaultProvider: "anthropic")  // openrouter, moonshotai/kimi-k2
  /// ModelRef.parse("sonnet-4.5", defaultProvider: "anthropic")  // anthropic/claude-sonnet-4-5
  /// ```
  public static func parse(_ text: String, defaultProvider: String) -> ModelRef? {
    components(of: text[...], defaultProvider: ProviderName.normalized(defaultProvider)).map {
      ModelRef(normalizedProvider: $0.provider, model: String($0.model))
    }
  }

  /// The normalized provider and the model id of `text`, as `parse(_:defaultProvider:)` reads
  /// them, without building a ref: resolving compares them with its tables as they are.
  static func components(of text: Substring, defaultProvider: String) -> (provider: String, model: Substring)? {
    let trimmed = text.trimmingSpaces()
    var provider = defaultProvider
    var model = trimmed
    if let slash = trimmed.utf8.firstIndex(of: UInt8(ascii: "/")) {
      provider = ProviderName.normalized(trimmed[..<slash])
      model = trimmed[trimmed.utf8.index(after: slash)...].trimmingSpaces()
    }
    guard !provider.isEmpty, !model.isEmpty else { return nil }
    if provider == "anthropic", let full = anthropicShorthand(model) {
      model = full[...]
    }
    return (provider, model)
  }

  private init(normalizedProvider: String, model: String) {
    self.normalizedProvider = normalizedProvider
    self.model = model
  }

  /// The full id an Anthropic shorthand names (spec §4.2 step 2): `<family>-<major>.<minor>`
  /// for the families opus, sonnet and haiku, in any case, is `claude-<family>-<major>-<minor>`
  /// (`sonnet-4.6` is `claude-sonnet-4-6`); nil for any other text.
  static func anthropicShorthand(_ text: Substring) -> String? {
    for family in ["opus", "sonnet", "haiku"] {
      let bytes = text.utf8
      guard bytes.count > family.utf8.count + 3,
        matches(Substring(text.utf8.prefix(family.utf8.count)), family),
        bytes[bytes.index(bytes.startIndex, offsetBy: family.utf8.count)] == UInt8(ascii: "-")
      else { continue }
      let version = bytes.dropFirst(family.utf8.count + 1)
      guard let dot = version.firstIndex(of: UInt8(ascii: ".")) else { return nil }
      let major = version[..<dot]
      let minor = version[version.index(after: dot)...]
      let isDigit: (UInt8) -> Bool = { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      guard !major.isEmpty, !minor.isEmpty, major.allSatisfy(isDigit), minor.allSatisfy(isDigit) else { return nil }
      return "claude-\(family)-\(String(decoding: major, as: UTF8.self))-\(String(decoding: minor, as: UTF8.self))"
    }
    return nil
  }

  /// Whether `text` is the lowercase ASCII `name` in any case, compared byte by byte without copying.
  private static func matches(_ text: Substring, _ name: String) -> Bool {
    text.utf8.elementsEqual(name.utf8) { byte, lower in
      byte == lower || ((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) && byte | 0x20 == lower)
    }
  }
}
