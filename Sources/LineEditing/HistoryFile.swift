import StateFolder

#if canImport(Glibc)
  import Glibc
#endif

/// The REPL's history on disk: one entry per line, oldest first, UTF-8, mode 0600.
///
/// Each entry is appended as it is entered, so a crash loses none and two REPLs on one state
/// folder keep the lines of both. The format is not libedit's `write_history` one, which writes a
/// full-width space (U+3000) so that the line reads back cut short.
public struct HistoryFile: Sendable {
  /// The file (`<state>/history`).
  public let path: String
  /// How many of the latest entries `load()` returns.
  public let limit: Int

  public init(path: String, limit: Int = 1000) {
    self.path = path
    self.limit = limit
  }

  /// The latest `limit` entries, oldest first; none when there is no file yet. A file holding
  /// more than twice as many is cut down to those.
  /// A symbolic link, a FIFO or another user's file in its place is refused, as by `append(_:)`.
  public func load() throws(StateFileError) -> [String] {
    guard try StateFile.ownRegularFileExists(path), let bytes = try StateFile.read(path) else { return [] }
    let lines = bytes.split(separator: UInt8(ascii: "\n"))
    let kept = lines.suffix(limit)
    if lines.count > 2 * limit {
      try StateFile.writeAtomically(kept.flatMap { $0 + [UInt8(ascii: "\n")] }, to: path)
    }
    return kept.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Appends one entry, creating the folder (mode 0700) and the file (mode 0600) when missing.
  /// A symbolic link in its place is refused, not followed: modelpin would append to, and
  /// chmod, whatever it points to.
  public func append(_ entry: String) throws(StateFileError) {
    try StateFile.createFolder(folder)
    _ = try StateFile.ownRegularFileExists(path)
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard descriptor >= 0 else { throw failure("cannot open") }
    defer { close(descriptor) }
    guard fchmod(descriptor, 0o600) == 0 else { throw failure("cannot make private") }
    let bytes = Array((entry + "\n").utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure("cannot write")
      }
      written += count
    }
  }

  /// The folder holding the file.
  private var folder: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// An error for `action` from the current `errno`.
  private func failure(_ action: String) -> StateFileError {
    StateFileError(path: path, reason: "\(action): \(String(cString: strerror(errno)).lowercased())")
  }
}
