extension JSONValue {
  /// The document as JSON text: two-space indented with a final newline when `pretty`, else compact.
  public func serialized(pretty: Bool = true) -> String {
    var output = ""
    write(to: &output, indent: pretty ? "" : nil)
    if pretty { output += "\n" }
    return output
  }

  private func write(to output: inout String, indent: String?) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      let inner = indent.map { $0 + "  " }
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        if let inner { output += "\n" + inner }
        element.write(to: &output, indent: inner)
      }
      if let indent { output += "\n" + indent }
      output += "]"
    case .object(let object):
      guard !object.isEmpty else {
        output += "{}"
        return
      }
      let inner = indent.map { $0 + "  " }
      output += "{"
      for (index, member) in object.members.enumerated() {
        if index > 0 { output += "," }
        if let inner { output += "\n" + inner }
        JSONValue.writeString(member.key, to: &output)
        output += inner == nil ? ":" : ": "
        member.value.write(to: &output, indent: inner)
      }
      if let indent { output += "\n" + indent }
      output += "}"
    }
  }

  /// Writes a JSON string literal, escaping quotes, backslashes, every control character and the
  /// characters `escapedForDisplay` escapes.
  static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      // Controls, and the bidi and invisible characters that reorder or hide text on a
      // terminal: escaped, so the JSON text never shows them raw (the value is the same).
      case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{061C}", "\u{200B}", "\u{200E}",
        "\u{200F}", "\u{202A}"..."\u{202E}", "\u{2060}", "\u{2066}"..."\u{2069}", "\u{FEFF}":
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
