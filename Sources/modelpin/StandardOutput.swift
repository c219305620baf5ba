import ModelPin
import ModelPinOperator
import SafeText

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Buffered writes to standard output and standard error: the one place text leaves the
/// process. Text goes out only as `SafeText` (spec §3.5): whatever a report or an error quotes
/// from a file, a request or an argument had its control, bidi and invisible characters escaped
/// as `\u{…}` when it became safe text, so nothing here can print one raw; the only escape
/// sequences are a report's own colours. JSON goes out as it is: its writer escapes those
/// characters itself.
enum StandardOutput {
  /// Writes a line to standard output (buffered; `flush()` pushes it out).
  static func line(_ text: SafeText) {
    var text = text.string
    text.withUTF8(writeLine)
  }

  /// Writes a line of JSON given as UTF-8 that ends with its line break, as `Reply.withJSONLine`
  /// lends it (buffered; `flush()` pushes it out): not escaped here, since JSON's writer escapes
  /// every such character (`\u001b`), and text escapes inside a JSON string would break it.
  static func write(line bytes: UnsafeBufferPointer<UInt8>) {
    fwrite(bytes.baseAddress, 1, bytes.count, stdout)
  }

  /// Writes a line of JSON text, as `write(line:)` does.
  static func json(_ text: String) {
    var text = text
    text.withUTF8(writeLine)
  }

  private static func writeLine(_ bytes: UnsafeBufferPointer<UInt8>) {
    fwrite(bytes.baseAddress, 1, bytes.count, stdout)
    fputc(0x0A, stdout)
  }

  /// Gives standard output a 64 KiB buffer when it is a file or a pipe: `replay` prints a line per
  /// transcript line, and with the default 4 KiB a write(2) costs more than a dozen lines do.
  static func bufferLargely() {
    // glibc ignores the size unless it is given the buffer, which lives as long as the process.
    if isatty(STDOUT_FILENO) == 0 { setvbuf(stdout, malloc(1 << 16), _IOFBF, 1 << 16) }
  }

  /// Pushes buffered output to the reader, e.g. after each `serve` reply.
  static func flush() {
    fflush(stdout)
  }

  /// Writes a line to standard error, unbuffered.
  static func error(_ text: SafeText) {
    var text = text.string
    text.append("\n")
    text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stderr) }
  }
}

extension MessageCatalog {
  /// Prints what a replay noticed about its transcript on standard error, in this catalog's language.
  @Sendable func print(_ notice: ReplayNotice) {
    switch notice {
    case .textLooksLikeJSONL(let line):
      StandardOutput.error(text(.cliReplayLooksLikeJSONL(line: String(line))))
    }
  }
}
