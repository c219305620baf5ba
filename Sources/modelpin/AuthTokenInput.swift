#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Reads a pasted token from standard input without ever echoing it.
enum AuthTokenInput {
  /// On a terminal: echo off, then `prompt` on standard error and one line (echo restored after,
  /// and on Ctrl-C). Otherwise: everything up to the end of input.
  static func read(prompt: String) -> String {
    guard isatty(STDIN_FILENO) == 1 else { return String(decoding: readToEnd(), as: UTF8.self) }
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else {
      fputs(prompt, stderr)
      return readLine() ?? ""
    }
    terminalToRestore = saved
    signal(SIGINT) { _ in
      tcsetattr(STDIN_FILENO, TCSANOW, &terminalToRestore)
      _exit(130)
    }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
    // Only now the prompt: a token pasted as soon as it shows is neither echoed nor flushed away.
    fputs(prompt, stderr)
    let line = readLine()
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
    signal(SIGINT, SIG_DFL)
    StandardOutput.error("")
    return line ?? ""
  }

  private static func readToEnd() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[0..<count]
      } else if count == 0 || errno != EINTR {
        return bytes
      }
    }
  }
}

/// The terminal's settings while echo is off, for the Ctrl-C handler to put back; written only
/// before the handler is installed.
nonisolated(unsafe) private var terminalToRestore = termios()
