import SafeText

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Reads a pasted token from standard input without ever echoing it.
enum AuthTokenInput {
  /// On a terminal: echo off, then `prompt` on standard error and one line (echo restored after,
  /// and on Ctrl-C, which also ends the prompt's line). Otherwise: everything up to the end of input.
  ///
  /// Echo goes off before the prompt is shown: a token pasted as soon as the prompt appears is
  /// then neither echoed nor dropped by the flush of what was typed before.
  static func read(prompt: SafeText) -> String {
    guard isatty(STDIN_FILENO) == 1 else { return String(decoding: readToEnd(), as: UTF8.self) }
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else {
      fputs(prompt.string, stderr)
      return readLine() ?? ""
    }
    terminalToRestore = saved
    signal(SIGINT) { _ in
      tcsetattr(STDIN_FILENO, TCSANOW, &terminalToRestore)
      _ = write(STDERR_FILENO, "\n", 1)
      _exit(130)
    }
    // A parent may have blocked SIGINT (test runners do), and the mask is inherited: Ctrl-C must still end the prompt.
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
    fputs(prompt.string, stderr)
    let line = readLine()
    tcsetattr(STDIN_FILENO, TCSANOW, &saved)
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
