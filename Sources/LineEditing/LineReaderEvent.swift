/// What reading a line gave.
public enum LineReaderEvent: Equatable {
  /// A line, as bytes: input that is not UTF-8 is the interpreter's to refuse.
  case line([UInt8])
  /// Ctrl-C: the line being typed was dropped.
  case cancelled
  /// Ctrl-D on an empty line, or the end of the input.
  case end
}
