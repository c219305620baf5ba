#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Buffered writes to standard output and standard error.
enum StandardOutput {
  /// Writes a line to standard output (buffered; `flush()` pushes it out).
  static func line(_ text: String) {
    var text = text
    text.withUTF8(writeLine)
  }

  /// Writes a line given as UTF-8 to standard output (buffered; `flush()` pushes it out).
  static func line(utf8 bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer(writeLine)
  }

  private static func writeLine(_ bytes: UnsafeBufferPointer<UInt8>) {
    fwrite(bytes.baseAddress, 1, bytes.count, stdout)
    fputc(0x0A, stdout)
  }

  /// Pushes buffered output to the reader, e.g. after each `serve` reply.
  static func flush() {
    fflush(stdout)
  }

  /// Writes a line to standard error, unbuffered.
  static func error(_ text: String) {
    var text = text
    text.append("\n")
    text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stderr) }
  }
}
