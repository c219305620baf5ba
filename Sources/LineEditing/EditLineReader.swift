@preconcurrency import CEditLine
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The completion callback libedit calls; a C function pointer has no context, so it lives here.
private let activeCompleter = Mutex<Completer?>(nil)

/// Set by the SIGINT handler while a line is read: Ctrl-C cancels the line instead of exiting.
private let interrupted = Atomic<Bool>(false)

/// Line editing through libedit's readline-compatible API: history, Tab completion, Ctrl-R.
public final class EditLineReader: LineReader {
  private let historyFile: String?

  /// An editor completing with `completer` and keeping history in `historyFile` (mode 0600).
  public init(completer: @escaping Completer, historyFile: String?, historySize: Int32 = 1000) {
    activeCompleter.withLock { $0 = completer }
    self.historyFile = historyFile
    // Without a locale libedit drops every non-ASCII byte of the input.
    setlocale(LC_CTYPE, "")
    rl_readline_name = UnsafePointer(strdup("modelpin"))
    rl_attempted_completion_function = complete
    using_history()
    stifle_history(historySize)
    if let historyFile { _ = read_history(historyFile) }
    _ = signal(SIGINT) { _ in interrupted.store(true, ordering: .relaxed) }
  }

  public func readLine(prompt: String) -> LineReaderEvent {
    interrupted.store(false, ordering: .relaxed)
    guard let line = readline(prompt) else {
      return interrupted.exchange(false, ordering: .relaxed) ? .cancelled : .end
    }
    defer { free(line) }
    if interrupted.exchange(false, ordering: .relaxed) { return .cancelled }
    let length = strlen(line)
    return .line(line.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) })
  }

  public func addHistory(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    add_history(line)
    guard let historyFile else { return }
    let descriptor = open(historyFile, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      fchmod(descriptor, 0o600)
      close(descriptor)
    }
    _ = write_history(historyFile)
  }
}

/// `rl_attempted_completion_function`: returns a malloc'd, NULL-terminated list whose first
/// entry replaces the word (the candidates' common prefix); libedit frees it.
private func complete(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  // Otherwise libedit falls back to completing file names.
  rl_attempted_completion_over = 1
  guard let text, let completer = activeCompleter.withLock({ $0 }) else { return nil }
  let line = rl_line_buffer.map { String(cString: $0) } ?? ""
  let candidates = completer(CompletionRequest(line: line, word: String(cString: text), wordStart: Int(start)))
  guard !candidates.isEmpty else { return nil }
  let entries = candidates.count == 1 ? candidates : [commonPrefix(of: candidates)] + candidates
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
