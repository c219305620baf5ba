@preconcurrency import CEditLine
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The completion callback libedit calls; a C function pointer has no context, so it lives here.
private let activeCompleter = Mutex<Completer?>(nil)

/// Set by the SIGINT handler while a line is read: Ctrl-C cancels the line instead of exiting.
private let interrupted = Atomic<Bool>(false)

/// Line editing through libedit's readline-compatible API: emacs keys, Up/Down and Ctrl-R
/// through the history, Tab completion, Ctrl-C to drop the line, Ctrl-D to end.
///
/// There is one libedit per process, so create one reader.
public final class EditLineReader {
  /// The last entry added, so that a repeated line is kept once.
  private var lastEntry: String?

  /// An editor completing with `completer`, remembering up to `historySize` lines.
  public init(completer: @escaping Completer, historySize: Int32 = 1000) {
    activeCompleter.withLock { $0 = completer }
    useUTF8CharacterLocale()
    rl_readline_name = UnsafePointer(strdup("modelpin"))
    rl_attempted_completion_function = complete
    using_history()
    stifle_history(historySize)
    _ = signal(SIGINT) { _ in interrupted.store(true, ordering: .relaxed) }
    unblockTerminalSignals()
  }

  /// Shows `prompt` and reads a line; the terminal is back in its own mode when this returns.
  public func readLine(prompt: String) -> LineReaderEvent {
    interrupted.store(false, ordering: .relaxed)
    guard let line = readline(prompt) else {
      return interrupted.exchange(false, ordering: .relaxed) ? .cancelled : .end
    }
    defer { free(line) }
    if interrupted.exchange(false, ordering: .relaxed) { return .cancelled }
    let length = strlen(line)
    return .line(
      line.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) })
  }

  /// Adds a line to what Up, Down and Ctrl-R go through. Returns false, adding nothing, for a
  /// blank line or a repeat of the previous entry.
  @discardableResult
  public func addHistory(_ line: String) -> Bool {
    guard line.contains(where: { !$0.isWhitespace }), line != lastEntry else { return false }
    add_history(line)
    lastEntry = line
    return true
  }
}

/// libedit reads multibyte keys only under a UTF-8 character locale. The user's locale when it is
/// one, else C.UTF-8: a `LANG` naming a locale that is not installed (say `zh_TW.UTF-8` on a
/// minimal system) would otherwise leave "C", and libedit would drop every non-ASCII key.
private func useUTF8CharacterLocale() {
  if setlocale(LC_CTYPE, "") != nil, String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" { return }
  setlocale(LC_CTYPE, "C.UTF-8")
}

/// Lets the signals of the terminal through. A process started from a thread that blocks them
/// (any libdispatch worker does) inherits that mask, and Ctrl-C, Ctrl-Z and resizing would then
/// do nothing.
private func unblockTerminalSignals() {
  var signals = sigset_t()
  sigemptyset(&signals)
  for terminalSignal in [SIGINT, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH, SIGHUP] { sigaddset(&signals, terminalSignal) }
  pthread_sigmask(SIG_UNBLOCK, &signals, nil)
}

/// `rl_attempted_completion_function`: returns a malloc'd, NULL-terminated list, which libedit
/// frees: what replaces the word (the candidates' common prefix), then every candidate. Even a
/// single candidate comes twice: libedit reads the third entry to tell a single match (which gets
/// a space after it), so a shorter list would be read past its end.
private func complete(
  _: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  // Otherwise libedit falls back to completing file names.
  rl_attempted_completion_over = 1
  guard let completer = activeCompleter.withLock({ $0 }) else { return nil }
  let lineBuffer = rl_line_buffer.map { String(cString: $0) } ?? ""
  let candidates = completer(CompletionRequest(lineBuffer: lineBuffer, start: Int(start), end: Int(end)))
  guard !candidates.isEmpty else { return nil }
  let entries = [commonPrefix(of: candidates)] + candidates
  guard let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)) else { return nil }
  let result = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  for (index, entry) in entries.enumerated() { result[index] = strdup(entry) }
  result[entries.count] = nil
  return result
}

/// The longest prefix the strings share, by characters.
func commonPrefix(of strings: [String]) -> String {
  guard var prefix = strings.first else { return "" }
  for string in strings.dropFirst() {
    while !string.hasPrefix(prefix) { prefix.removeLast() }
  }
  return prefix
}
