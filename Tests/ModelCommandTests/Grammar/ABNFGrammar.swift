import Foundation

/// A grammar read from RFC 5234 ABNF: rules (`=` and `=/`), alternation, concatenation,
/// repetition (`*`, `n*m`, `n`), options, groups, char-vals (case-insensitive), `%x`/`%d`/`%b`
/// values, ranges and concatenations, and prose-vals (placeholders the generator must be given).
/// Rule names are case-insensitive; the RFC 5234 core rules used here are built in.
struct ABNFGrammar {
  /// One element of a rule's definition.
  indirect enum Element: Equatable {
    case rule(String)
    case alternation([Element])
    case concatenation([Element])
    case repetition(Element, min: Int, max: Int?)
    case text(String, caseSensitive: Bool)
    case range(UInt32, UInt32)
    case prose(String)
  }

  /// The definitions by lowercased rule name.
  private(set) var rules: [String: Element] = [:]

  /// The RFC 5234 Appendix B core rules this reader knows.
  static let coreRules = """
    ALPHA = %x41-5A / %x61-7A
    DIGIT = %x30-39
    HEXDIG = DIGIT / "A" / "B" / "C" / "D" / "E" / "F"
    DQUOTE = %x22
    HTAB = %x09
    SP = %x20
    WSP = SP / HTAB
    VCHAR = %x21-7E
    """

  /// Reads `text`, after the core rules.
  init(_ text: String) throws {
    try read(Self.coreRules)
    try read(text)
  }

  /// Reads the grammar file at `url`.
  init(contentsOf url: URL) throws {
    try self.init(String(contentsOf: url, encoding: .utf8))
  }

  /// The definition of `name`.
  func definition(of name: String) throws -> Element {
    guard let element = rules[name.lowercased()] else { throw ABNFError("no rule named \(name)") }
    return element
  }

  /// Every rule name an element refers to that has no definition.
  func undefinedNames() -> Set<String> {
    var names = Set<String>()
    func visit(_ element: Element) {
      switch element {
      case .rule(let name) where rules[name] == nil: names.insert(name)
      case .alternation(let items), .concatenation(let items): items.forEach(visit)
      case .repetition(let item, _, _): visit(item)
      case .rule, .text, .range, .prose: break
      }
    }
    rules.values.forEach(visit)
    return names
  }

  private mutating func read(_ text: String) throws {
    for (number, definition) in Self.definitions(in: text) {
      var parser = ElementParser(definition, line: number)
      let (name, incremental) = try parser.ruleHead()
      let element = try parser.wholeAlternation()
      if incremental {
        guard let existing = rules[name] else { throw ABNFError("line \(number): =/ before \(name) is defined") }
        rules[name] = .alternation(Self.alternatives(existing) + Self.alternatives(element))
      } else {
        guard rules[name] == nil else { throw ABNFError("line \(number): \(name) is defined twice") }
        rules[name] = element
      }
    }
  }

  private static func alternatives(_ element: Element) -> [Element] {
    if case .alternation(let items) = element { return items }
    return [element]
  }

  /// The rule definitions of `text` with their first line numbers: comments removed and
  /// continuation lines (those starting with whitespace) joined to their rule.
  private static func definitions(in text: String) -> [(Int, String)] {
    var definitions: [(Int, String)] = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = withoutComment(rawLine)
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      if line.first?.isWhitespace == true, !definitions.isEmpty {
        definitions[definitions.count - 1].1 += " " + line
      } else {
        definitions.append((offset + 1, String(line)))
      }
    }
    return definitions
  }

  /// A line without its `;` comment; a `;` inside a char-val or prose-val is kept.
  private static func withoutComment(_ line: Substring) -> Substring {
    var closer: Character?
    for index in line.indices {
      let character = line[index]
      if let expected = closer {
        if character == expected { closer = nil }
      } else if character == "\"" {
        closer = "\""
      } else if character == "<" {
        closer = ">"
      } else if character == ";" {
        return line[..<index]
      }
    }
    return line
  }
}

/// A grammar that cannot be read or used.
struct ABNFError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Recursive descent over one rule definition.
private struct ElementParser {
  typealias Element = ABNFGrammar.Element
  let scalars: [Unicode.Scalar]
  let line: Int
  var index = 0

  init(_ text: String, line: Int) {
    self.scalars = Array(text.unicodeScalars)
    self.line = line
  }

  private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private func error(_ message: String) -> ABNFError {
    ABNFError("line \(line), column \(index + 1): \(message)")
  }

  mutating func ruleHead() throws -> (name: String, incremental: Bool) {
    let name = try ruleName()
    skipSpaces()
    guard current == "=" else { throw error("expected = after \(name)") }
    index += 1
    let incremental = current == "/"
    if incremental { index += 1 }
    return (name, incremental)
  }

  mutating func wholeAlternation() throws -> Element {
    let element = try alternation()
    skipSpaces()
    if let extra = current { throw error("unexpected \(extra)") }
    return element
  }

  private mutating func alternation() throws -> Element {
    var items = [try concatenation()]
    while skipSpaces(), current == "/" {
      index += 1
      items.append(try concatenation())
    }
    return items.count == 1 ? items[0] : .alternation(items)
  }

  private mutating func concatenation() throws -> Element {
    skipSpaces()
    var items = [try repetition()]
    while skipSpaces(), let next = current, next != "/", next != ")", next != "]" {
      items.append(try repetition())
    }
    return items.count == 1 ? items[0] : .concatenation(items)
  }

  private mutating func repetition() throws -> Element {
    let minimum = number(radix: 10)
    if current == "*" {
      index += 1
      let maximum = number(radix: 10)
      return .repetition(try element(), min: Int(minimum ?? 0), max: maximum.map(Int.init))
    }
    if let minimum { return .repetition(try element(), min: Int(minimum), max: Int(minimum)) }
    return try element()
  }

  private mutating func element() throws -> Element {
    switch current {
    case "(":
      index += 1
      let inner = try alternation()
      try expect(")")
      return inner
    case "[":
      index += 1
      let inner = try alternation()
      try expect("]")
      return .repetition(inner, min: 0, max: 1)
    case "\"":
      return .text(try delimited(until: "\""), caseSensitive: false)
    case "<":
      return .prose(try delimited(until: ">"))
    case "%":
      return try numericValue()
    case let scalar? where scalar.properties.isAlphabetic && scalar.isASCII:
      return .rule(try ruleName())
    default:
      throw error("expected an element")
    }
  }

  private mutating func expect(_ closer: Unicode.Scalar) throws {
    skipSpaces()
    guard current == closer else { throw error("expected \(closer)") }
    index += 1
  }

  private mutating func delimited(until closer: Unicode.Scalar) throws -> String {
    index += 1
    let start = index
    while let scalar = current, scalar != closer { index += 1 }
    guard current == closer else { throw error("unterminated \(closer)") }
    index += 1
    return String(String.UnicodeScalarView(scalars[start..<index - 1]))
  }

  private mutating func numericValue() throws -> Element {
    index += 1
    let radixes: [Unicode.Scalar: Int] = ["x": 16, "X": 16, "d": 10, "D": 10, "b": 2, "B": 2]
    guard let base = current, let radix = radixes[base] else { throw error("expected x, d or b after %") }
    index += 1
    guard let first = number(radix: radix) else { throw error("expected a number") }
    if current == "-" {
      index += 1
      guard let last = number(radix: radix), last >= first else { throw error("bad range") }
      return .range(first, last)
    }
    var values = [first]
    while current == "." {
      index += 1
      guard let value = number(radix: radix) else { throw error("expected a number after .") }
      values.append(value)
    }
    if values.count == 1 { return .range(first, first) }
    let scalars = try values.map { value in
      guard let scalar = Unicode.Scalar(value) else { throw error("not a scalar: \(value)") }
      return scalar
    }
    return .text(String(String.UnicodeScalarView(scalars)), caseSensitive: true)
  }

  private mutating func number(radix: Int) -> UInt32? {
    let start = index
    while let scalar = current, Int(String(scalar), radix: radix) != nil { index += 1 }
    guard index > start else { return nil }
    return UInt32(String(String.UnicodeScalarView(scalars[start..<index])), radix: radix)
  }

  private mutating func ruleName() throws -> String {
    let start = index
    while let scalar = current, scalar.isASCII,
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
    {
      index += 1
    }
    guard index > start else { throw error("expected a rule name") }
    return String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
  }

  /// Skips spaces and tabs; always true, so that it can lead a `while` condition.
  @discardableResult
  private mutating func skipSpaces() -> Bool {
    while current == " " || current == "\t" { index += 1 }
    return true
  }
}
