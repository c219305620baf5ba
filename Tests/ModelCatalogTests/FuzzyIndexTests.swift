import ModelPinTestSupport
import StateFolder
import Testing

@testable import ModelCatalog

/// The fuzzy index only saves work: every answer is the one scoring every model gives.
@Suite struct FuzzyIndexTests {
  static let builtIn = Result { try BuiltInCatalog.load() }

  /// Typed texts near and far from the built-in catalog: typos, fragments, versions, aliases,
  /// other providers' spellings, short texts.
  static let typed = [
    "sonet", "opsu", "gtp-5.2", "gpt5", "kimi", "gpt-4", "mini", "flash", "grok", "claude", "gemini-2.5",
    "gemini-pro", "gemini-2.5-flsh", "claud-opus-4-6", "xai/claude-opus-4-6", "openai/gpt-5.1", "o4", "4o",
    "no-such-model-anywhere", "moonshot", "qwen", "llama-70b", "deepsek", "mistral-larg", "zz-4", "a", "gp",
    "hiaku", "Sonnet-4", "anthropic/opsu", "google/flsh", "kimi-k2-thinkng", "glm4.6", "codex", "ministral",
  ]

  @Test func answersAsAFullScanOnTheBuiltInCatalog() throws {
    let selection = ModelSelection(catalog: try Self.builtIn.get(), config: Config(), agent: "main")
    for text in Self.typed {
      #expect(selection.resolve(text, indexed: true) == selection.resolve(text, indexed: false), "\(text)")
    }
  }

  @Test(arguments: Array(UInt64(1)...20))
  func answersAsAFullScanOnGeneratedAllowlists(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let words = ["widget", "falcon", "comet", "pixel", "aurora", "mini", "pro", "lite", "x", "v2", "turbo"]
    var keys: [String] = []
    for _ in 0..<random.int(in: 5...60) {
      let parts = (0..<random.int(in: 1...3)).map { _ in random.element(of: words) }
      let version = random.chance(percent: 60) ? "-\(random.int(in: 1...9)).\(random.int(in: 0...9))" : ""
      keys.append("\(random.element(of: ["acme", "zeta", "nova"]))/\(parts.joined(separator: "-"))\(version)")
    }
    let entries = keys.enumerated().map { index, key in
      index % 5 == 0 ? #""\#(key)": {alias: "Nick\#(index)"}"# : #""\#(key)": {}"#
    }
    let text = #"{agents: {defaults: {model: "\#(keys[0])", models: {\#(entries.joined(separator: ", "))}}}}"#
    let config = try ConfigLoader.parse(Array(text.utf8), path: "generated.json5")
    let selection = ModelSelection(catalog: try Self.builtIn.get(), config: config, agent: "main")
    var typed = Self.typed
    for _ in 0..<30 {
      var key = Array(random.element(of: keys).split(separator: "/").last ?? "")
      if !key.isEmpty, random.chance(percent: 70) { key.remove(at: random.int(in: 0...key.count - 1)) }
      if key.count > 2, random.chance(percent: 50) { key = Array(key.prefix(random.int(in: 2...key.count))) }
      typed.append(String(key))
    }
    typed += ["nick1", "nik5", "acme/widgt", "zeta/pro"]
    for text in typed {
      #expect(selection.resolve(text, indexed: true) == selection.resolve(text, indexed: false), "\(text) in \(keys)")
    }
  }
}
