/// Something a replay noticed about its transcript that is worth a line on standard error.
public enum ReplayNotice: Sendable, Equatable {
  /// The first line of a text transcript is a JSON object that reads as a request: the user
  /// probably meant `--format jsonl`. It is still replayed as a chat line.
  case textLooksLikeJSONL(line: Int)
}
