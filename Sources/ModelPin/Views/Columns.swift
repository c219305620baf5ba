import SafeText

/// Label–value rows aligned on the terminal, counting double-width characters as two columns.
package enum Columns {
  /// `Current:   Sonnet …` rows whose values start in one column.
  package static func render(_ rows: [(label: SafeText, value: SafeText)]) -> SafeText {
    let width = rows.map { DisplayWidth.of($0.label.string) }.max() ?? 0
    return rows.map { row in
      row.label + padding(width - DisplayWidth.of(row.label.string) + 1) + row.value
    }.joined(separator: "\n")
  }

  /// A table: a header row, then one row per item, each column as wide as its widest cell and
  /// two spaces apart; the last column is not padded.
  package static func table(header: [SafeText], rows: [[SafeText]]) -> SafeText {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column].string) }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        column == row.count - 1
          ? row[column] : row[column] + padding(widths[column] - DisplayWidth.of(row[column].string) + 2)
      }.joined()
    }.joined(separator: "\n")
  }

  private static func padding(_ count: Int) -> SafeText {
    SafeText(verbatim: String(repeating: " ", count: count))
  }
}
