import ModelCatalog
import ModelPinTestSupport
import StateFolder
import Testing

/// §4.2 "never guess", checked on catalogs nobody has seen: allowlists generated from a few
/// providers, model families, versions and variant words, with aliases on some models.
@Suite struct NeverGuessPropertyTests {
  /// One generated allowlist, and the selection it makes.
  struct GeneratedCatalog {
    let keys: [String]
    let aliases: [String: String]
    let selection: ModelSelection

    init(seed: UInt64) throws {
      var random = SplitMix64(seed: seed)
      let providers = ["acme", "zeta", "nova", "orbit"]
      let families = ["widget", "falcon", "comet", "ember", "pixel", "quartz", "aurora"]
      let variants = ["", "-mini", "-pro", "-lite", "-turbo", "-preview"]
      var keys: [String] = []
      for _ in 0..<random.int(in: 3...24) {
        let family = random.element(of: families)
        let version = random.chance(percent: 70) ? "-\(random.int(in: 1...5))" : ""
        let minor = !version.isEmpty && random.chance(percent: 40) ? ".\(random.int(in: 0...9))" : ""
        let key = "\(random.element(of: providers))/\(family)\(version)\(minor)\(random.element(of: variants))"
        if !keys.contains(key) { keys.append(key) }
      }
      var aliases: [String: String] = [:]
      for key in keys where random.chance(percent: 20) {
        let name = "Nick" + String(aliases.count + 1)
        aliases[key] = name
      }
      let entries = keys.map { key in
        aliases[key].map { #""\#(key)": {alias: "\#($0)"}"# } ?? #""\#(key)": {}"#
      }
      let config = #"{agents: {defaults: {model: "\#(keys[0])", models: {\#(entries.joined(separator: ", "))}}}}"#
      self.keys = keys
      self.aliases = aliases
      self.selection = ModelSelection(
        catalog: try NeverGuessPropertyTests.catalog.get(),
        config: try ConfigLoader.parse(Array(config.utf8), path: "generated.json5"), agent: "main")
    }

    /// The names a fragment may equal: every selectable key, id and alias, lowercased.
    var wholeNames: Set<String> {
      let models = selection.models
      return Set(models.flatMap { [$0.ref.key, $0.ref.model] + $0.aliases }.map { $0.lowercased() })
    }

    /// The selectable models whose key, id or an alias holds `fragment` where a word starts.
    func holders(of fragment: String) -> [ModelRef] {
      selection.models.filter { model in
        ([model.ref.key, model.ref.model] + model.aliases).contains { name in
          Self.holdsAtWordStart(name.lowercased(), fragment.lowercased())
        }
      }.map(\.ref)
    }

    static func holdsAtWordStart(_ name: String, _ fragment: String) -> Bool {
      let name = Array(name.utf8)
      let fragment = Array(fragment.utf8)
      guard fragment.count <= name.count else { return false }
      return (0...(name.count - fragment.count)).contains { start in
        (start == 0 || !isWordByte(name[start - 1])) && name[start...].starts(with: fragment)
      }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
  }

  static let seeds: [UInt64] = Array(1...40)
  /// Loaded once: the generated allowlists replace its models, but a selection is built on it.
  static let catalog = Result { try BuiltInCatalog.load() }

  @Test(arguments: seeds)
  func aFragmentSeveralModelsHoldNeverSelects(seed: UInt64) throws {
    let catalog = try GeneratedCatalog(seed: seed)
    let whole = catalog.wholeNames
    // Every word-start prefix of every id: the family, the family and its version, and so on.
    let fragments = Set(
      catalog.selection.models.flatMap { model -> [String] in
        let id = model.ref.model.lowercased()
        return id.indices.filter { id[$0] == "-" || id[$0] == "." }.map { String(id[..<$0]) }
      })
    for fragment in fragments where !whole.contains(fragment) {
      let holders = catalog.holders(of: fragment)
      guard holders.count >= 2 else { continue }
      let resolution = catalog.selection.resolve(fragment)
      guard case .ambiguous(let candidates) = resolution else {
        Issue.record("\(fragment) in \(catalog.keys): \(resolution), but \(holders.map(\.key)) hold it")
        continue
      }
      #expect(Set(candidates).isSubset(of: Set(holders)), "\(fragment) in \(catalog.keys)")
      #expect(candidates.count == min(holders.count, 10), "\(fragment) in \(catalog.keys)")
    }
  }

  @Test(arguments: seeds)
  func aTypoOfOneModelAloneSelectsIt(seed: UInt64) throws {
    let catalog = try GeneratedCatalog(seed: seed)
    var random = SplitMix64(seed: seed ^ 0x7479_706F)
    for model in catalog.selection.models {
      // One letter of the family doubled: `widget-2` → `widgett-2`. (A typo in a variant word
      // is a fragment that names no variant, which Appendix A scores lower on purpose.)
      let id = Array(model.ref.model.utf8)
      let letters = id.indices.prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(id[$0]) }
      let position = random.element(of: letters)
      var typo = id
      typo.insert(id[position], at: position)
      let fragment = String(decoding: typo, as: UTF8.self)
      // Only typos that are near this model alone: no other id or alias within three edits with
      // the same digits, and no other name holding it.
      let others = catalog.selection.models.filter { $0.ref != model.ref }
      let near = others.contains { other in
        ([other.ref.model] + other.aliases).contains { name in
          digits(name) == digits(fragment)
            && EditDistance.between(Array(name.lowercased().unicodeScalars), Array(fragment.unicodeScalars), limit: 3)
              != nil
        }
      }
      guard !near, catalog.holders(of: fragment).isEmpty else { continue }
      #expect(
        catalog.selection.resolve(fragment) == .selected(model.ref, via: .fuzzy), "\(fragment) in \(catalog.keys)")
    }
  }

  private func digits(_ text: String) -> [Character] {
    text.filter(\.isNumber)
  }
}
