/// Label–value rows aligned on the terminal, counting double-width characters as two columns.
package enum Columns {
  /// `Current:   Sonnet …` rows whose values start in one column.
  package static func render(_ rows: [(label: String, value: String)]) -> String {
    let width = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
    return rows.map { row in
      row.label + String(repeating: " ", count: width - DisplayWidth.of(row.label) + 1) + row.value
    }.joined(separator: "\n")
  }

  /// A table: a header row, then one row per item, each column as wide as its widest cell and
  /// two spaces apart; the last column is not padded.
  package static func table(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        column == row.count - 1
          ? row[column] : row[column] + String(repeating: " ", count: widths[column] - DisplayWidth.of(row[column]) + 2)
      }.joined()
    }.joined(separator: "\n")
  }
}
