import ModelPinTestSupport

/// Generates sentences of an `ABNFGrammar`, recording which named rule produced which bytes.
struct SentenceGenerator {
  /// A generated sentence and the UTF-8 byte ranges of the rules that produced it.
  struct Sentence {
    var text: String
    /// Every rule expansion, in the order they finished (inner rules before outer ones).
    var spans: [(name: String, range: Range<Int>)]

    /// The outermost range produced by the rule `name`, if it took part.
    func range(of name: String) -> Range<Int>? {
      spans.filter { $0.name == name }.map(\.range)
        .min { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
    }

    /// The text produced by the rule `name`, if it took part.
    func text(of name: String) -> String? {
      range(of: name).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    }

    /// Whether the rule `name` took part.
    func has(_ name: String) -> Bool {
      spans.contains { $0.name == name }
    }
  }

  let grammar: ABNFGrammar
  /// Values for prose rules, by rule name.
  let prose: [String: (inout SplitMix64) -> String]
  /// The deepest nesting of rules allowed; deeper means a recursive grammar, which this
  /// generator does not take.
  var maximumDepth = 32
  /// How many repetitions an unbounded repetition adds to its minimum, at most.
  var extraRepetitions = 3

  /// A sentence of the rule `name`.
  func sentence(of name: String, using random: inout SplitMix64) throws -> Sentence {
    var output = Output()
    try expand(.rule(name.lowercased()), depth: 0, into: &output, random: &random)
    return Sentence(text: String(decoding: output.bytes, as: UTF8.self), spans: output.spans)
  }

  private struct Output {
    var bytes: [UInt8] = []
    var spans: [(name: String, range: Range<Int>)] = []

    mutating func append(_ scalar: Unicode.Scalar) {
      bytes += Array(String(scalar).utf8)
    }
  }

  private func expand(
    _ element: ABNFGrammar.Element, depth: Int, into output: inout Output, random: inout SplitMix64
  ) throws {
    switch element {
    case .rule(let name):
      guard depth < maximumDepth else { throw ABNFError("rules nest deeper than \(maximumDepth) at \(name)") }
      let start = output.bytes.count
      if case .prose = try grammar.definition(of: name) {
        guard let value = prose[name] else { throw ABNFError("no value given for the prose rule \(name)") }
        output.bytes += Array(value(&random).utf8)
      } else {
        try expand(grammar.definition(of: name), depth: depth + 1, into: &output, random: &random)
      }
      output.spans.append((name, start..<output.bytes.count))
    case .alternation(let items):
      try expand(random.element(of: items), depth: depth, into: &output, random: &random)
    case .concatenation(let items):
      for item in items { try expand(item, depth: depth, into: &output, random: &random) }
    case .repetition(let item, let minimum, let maximum):
      let count = random.int(in: minimum...(maximum ?? minimum + extraRepetitions))
      for _ in 0..<count { try expand(item, depth: depth, into: &output, random: &random) }
    case .text(let text, let caseSensitive):
      for scalar in text.unicodeScalars {
        let flipCase = !caseSensitive && scalar.properties.isAlphabetic && scalar.isASCII && random.chance(percent: 50)
        output.append(flipCase ? Unicode.Scalar(scalar.value ^ 0x20)! : scalar)
      }
    case .range(let low, let high):
      var value = UInt32(random.int(in: Int(low)...Int(high)))
      while Unicode.Scalar(value) == nil { value = UInt32(random.int(in: Int(low)...Int(high))) }
      output.append(Unicode.Scalar(value)!)
    case .prose(let description):
      throw ABNFError("prose <\(description)> must be a rule of its own, to be given a value")
    }
  }
}
