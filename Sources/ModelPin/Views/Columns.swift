/// Label–value rows aligned on the terminal, counting double-width characters as two columns.
enum Columns {
  /// `Current:   Sonnet …` rows whose values start in one column.
  static func render(_ rows: [(label: String, value: String)]) -> String {
    let width = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
    return rows.map { row in
      row.label + String(repeating: " ", count: width - DisplayWidth.of(row.label) + 1) + row.value
    }.joined(separator: "\n")
  }
}
