/// Environment variables as modelpin sees them: the process environment first, then the
/// state folder's `.env`, which never overrides the process (spec §5.4).
public struct Environment: Sendable, Equatable {
  /// The process environment.
  public var process: [String: String]
  /// The `KEY=VALUE` lines of `<state>/.env`.
  public var dotEnv: [String: String]

  public init(process: [String: String], dotEnv: [String: String] = [:]) {
    self.process = process
    self.dotEnv = dotEnv
  }

  /// The first non-empty value of `name`: process first, then `.env`.
  public subscript(name: String) -> String? {
    if let value = process[name], !value.isEmpty { return value }
    if let value = dotEnv[name], !value.isEmpty { return value }
    return nil
  }

  /// The process environment plus the `.env` file at `path` (missing is fine).
  public static func load(process: [String: String], dotEnvFile path: String) throws(StateFileError) -> Environment {
    guard let bytes = try StateFile.read(path, maximumBytes: 1 << 20) else {
      return Environment(process: process)
    }
    // A byte-order mark, which some editors write, is not part of the first key.
    let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(hasMark ? 3 : 0), as: UTF8.self)
    return Environment(process: process, dotEnv: DotEnv.parse(text))
  }
}

/// The `.env` format: `KEY=VALUE` lines, `#` comments, optional `export ` and quotes.
public enum DotEnv {
  /// The variables of a `.env` text; lines that are not assignments are skipped.
  public static func parse(_ text: String) -> [String: String] {
    var values: [String: String] = [:]
    for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      var line = rawLine.trimmingBlanks()
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      if line.hasPrefix("export ") { line = line.dropFirst("export ".count).trimmingBlanks() }
      guard let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals].trimmingBlanks()
      guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
      values[String(key)] = unquoted(line[line.index(after: equals)...].trimmingBlanks())
    }
    return values
  }

  private static func unquoted(_ value: Substring) -> String {
    if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
      return String(value.dropFirst().dropLast())
    }
    var previous: Character = " "
    for index in value.indices {
      if value[index] == "#", previous == " " || previous == "\t" {
        return String(value[..<index].trimmingBlanks())
      }
      previous = value[index]
    }
    return String(value)
  }
}

extension Substring {
  /// The text without leading and trailing spaces, tabs and carriage returns.
  func trimmingBlanks() -> Substring {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
