/// Splitting an argument token into a model and an `@profile` (spec §4.1).
///
/// The delimiter is the first `@` after the last `/` of the token that
/// - does not start that segment (`openrouter/@preset/kimi` keeps its `@`; so does a token that
///   starts with `@`, which the command syntax reads as a profile with no model),
/// - does not end the token (`opus@` is the model `opus@`), and
/// - is not a date suffix: exactly eight digits followed by the end or another `@`
///   (`vertex/claude-haiku-4-5@20251001`); a later `@` may still split.
/// The profile is everything after the delimiter, `@` included (`flash@google:me@example.com`).
enum ProfileSplit {
  /// The model and profile byte ranges of the token at `token` in `bytes` (UTF-8).
  static func split(_ bytes: [UInt8], token: Range<Int>) -> (model: Range<Int>, profile: Range<Int>?) {
    let slash = UInt8(ascii: "/")
    let at = UInt8(ascii: "@")
    let segmentStart = bytes[token].lastIndex(of: slash).map { $0 + 1 } ?? token.lowerBound
    var index = segmentStart
    while let delimiter = bytes[index..<token.upperBound].firstIndex(of: at) {
      index = delimiter + 1
      guard delimiter != segmentStart, delimiter + 1 != token.upperBound,
        !isDateSuffix(bytes, at: delimiter, tokenEnd: token.upperBound)
      else { continue }
      return (token.lowerBound..<delimiter, delimiter + 1..<token.upperBound)
    }
    return (token, nil)
  }

  /// Whether the `@` at `index` starts exactly eight digits followed by the end or another `@`.
  private static func isDateSuffix(_ bytes: [UInt8], at index: Int, tokenEnd: Int) -> Bool {
    let digitsEnd = index + 9
    guard digitsEnd <= tokenEnd,
      bytes[index + 1..<digitsEnd].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
    else { return false }
    return digitsEnd == tokenEnd || bytes[digitsEnd] == UInt8(ascii: "@")
  }
}
