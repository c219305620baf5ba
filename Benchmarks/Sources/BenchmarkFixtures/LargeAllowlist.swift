import ModelCatalog
import StateFolder

/// A generated allowlist of many models (issue 19: a mistyped model at 10,000 allowlisted models),
/// and typos of them: a letter of the family doubled, as `quartzz-19.6-preview`.
public struct LargeAllowlist: Sendable {
  public let selection: ModelSelection
  public let typos: [String]

  public init(models count: Int, seed: UInt64 = 7) throws {
    let generated = Self.generate(models: count, seed: seed)
    let ids = generated.ids
    var random = generated.random
    let config = try ConfigLoader.parse(Array(generated.text.utf8), path: "large-allowlist.json5")
    selection = ModelSelection(catalog: try BuiltInCatalog.load(), config: config, agent: "main")
    typos = (0..<64).map { _ in
      let id = ids.randomElement(using: &random)!
      let family = id.prefix { $0 != "-" }
      let doubled = family.index(family.startIndex, offsetBy: Int.random(in: 0..<family.count, using: &random))
      return String(id[..<doubled]) + String(id[doubled]) + String(id[doubled...])
    }
  }

  /// The config (JSON5) of an allowlist of `count` generated models, the one `init` reads: what
  /// `modelpin-bench allowlist` writes into a state folder for the start-up figure.
  public static func config(models count: Int, seed: UInt64 = 7) -> String {
    generate(models: count, seed: seed).text
  }

  /// The config text, the model ids in the order drawn, and the generator as it is after them.
  private static func generate(models count: Int, seed: UInt64) -> (text: String, ids: [String], random: SplitMix64) {
    var random = SplitMix64(seed: seed)
    let families = [
      "widget", "falcon", "comet", "pixel", "aurora", "ember", "quartz", "nimbus", "orbit", "vertex", "zephyr", "lumen",
      "sable", "tundra", "vortex",
    ]
    let variants = ["", "-mini", "-pro", "-lite", "-turbo", "-preview", "-instruct", "-chat"]
    let providers = ["acme", "zeta", "nova", "helix", "kappa", "delta", "sigma", "omega"]
    var ids: [String] = []
    var keys: Set<String> = []
    while keys.count < count {
      let family = families.randomElement(using: &random)!
      let id =
        "\(family)-\(Int.random(in: 1...40, using: &random)).\(Int.random(in: 0...9, using: &random))"
        + variants.randomElement(using: &random)!
      if keys.insert("\(providers.randomElement(using: &random)!)/\(id)").inserted { ids.append(id) }
    }
    let entries = keys.sorted().enumerated().map { index, key in
      index % 50 == 0 ? #""\#(key)": {alias: "Nick\#(index)"}"# : #""\#(key)": {}"#
    }
    return (#"{agents: {defaults: {models: {\#(entries.joined(separator: ", "))}}}}"#, ids, random)
  }
}
