/// How long a pasted token lives (`--expires-in`): whole days, hours and minutes, such as `30d`,
/// `12h`, `45m` or `1d12h`.
public enum TokenLifetime {
  /// The lifetime in milliseconds; nil for text that is not one, or that is zero.
  public static func milliseconds(_ text: String) -> Int64? {
    var total: Int64 = 0
    var digits = ""
    for character in text.lowercased() {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      guard let count = Int64(digits), let unit = units[character] else { return nil }
      let (product, overflow) = count.multipliedReportingOverflow(by: unit)
      guard !overflow, product <= Int64.max - total else { return nil }
      total += product
      digits = ""
    }
    return digits.isEmpty && total > 0 ? total : nil
  }

  private static let units: [Character: Int64] = ["d": 86_400_000, "h": 3_600_000, "m": 60_000]
}
