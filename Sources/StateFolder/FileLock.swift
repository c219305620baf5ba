#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lock every process that updates a state file takes first: OpenClaw's lock-file protocol,
/// so that modelpin and a running OpenClaw take turns on `auth-profiles.json` and `sessions.json`.
///
/// The lock is the file `<path>.lock`, created exclusively, holding the owner's
/// `{"pid": …, "createdAt": "…"}` from the moment it appears, and removed when done. A waiting
/// process takes a lock over when it was abandoned:
/// - its owner's pid is dead (`kill(pid, 0)` fails with `ESRCH`, or the process is a zombie), or
///   names a process that started after the lock file was written (the pid was reused, as after a
///   container restart): a SIGKILLed modelpin or OpenClaw stalls nobody, and the temporary file it
///   was writing is removed;
/// - or it is older than `staleSeconds` (OpenClaw's `staleMs`), whatever its content.
///
/// A modelpin owner also holds a kernel lock (`flock`) on the lock file while it holds the lock.
/// That makes take-overs safe between modelpin processes: a lock file whose kernel lock is held
/// belongs to a live modelpin and is never taken over, and a process taking one over keeps the
/// kernel lock while it checks and removes it, so two waiters never both remove it. The kernel
/// lock goes away with its process, so it never outlives a crash. A permanent lock file would look
/// to OpenClaw like a lock that is never released, so there is none.
public enum FileLock {
  /// How long a process waits for the lock before it gives up (OpenClaw's `timeoutMs`).
  public static let defaultTimeout: Duration = .seconds(10)
  /// The age, in seconds, after which a lock file counts as abandoned (OpenClaw's `staleMs`).
  public static let staleSeconds = 30

  /// The lock file of `path`: `<path>.lock`.
  public static func lockPath(for path: String) -> String { path + ".lock" }

  /// Runs `body` while holding the lock of `path`; waits for other holders.
  ///
  /// - Throws: `FileLockTimeout` when another process held the lock for longer than `timeout`,
  ///   a `StateFileError` when the lock file cannot be created, or what `body` throws.
  public static func withExclusiveLock<Result>(
    for path: String, timeout: Duration = defaultTimeout, _ body: () throws -> Result
  ) throws -> Result {
    let lockPath = lockPath(for: path)
    try StateFile.createFolder(StateFile.parentFolder(of: path))
    let descriptor = try acquire(lockPath, timeout: timeout)
    defer { release(lockPath, descriptor: descriptor) }
    return try body()
  }

  /// The lock of a file, taken by ``hold(for:timeout:)`` and kept until ``release()``: for a
  /// holder whose steps do not fit in one closure, such as a batch of writes. Release it once.
  public struct Held: Sendable {
    let lockPath: String
    let descriptor: Int32

    /// Gives the lock up.
    public func release() {
      FileLock.release(lockPath, descriptor: descriptor)
    }
  }

  /// Takes the lock of `path`, waiting for other holders, and keeps it until `release()`.
  ///
  /// - Throws: `FileLockTimeout` or a `StateFileError`, as ``withExclusiveLock(for:timeout:_:)``.
  public static func hold(for path: String, timeout: Duration = defaultTimeout) throws -> Held {
    let lockPath = lockPath(for: path)
    try StateFile.createFolder(StateFile.parentFolder(of: path))
    return Held(lockPath: lockPath, descriptor: try acquire(lockPath, timeout: timeout))
  }

  // MARK: - Taking and releasing

  /// Creates the lock file and holds its kernel lock; returns its descriptor.
  private static func acquire(_ lockPath: String, timeout: Duration) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    var pause: UInt32 = 500
    var foldersMade = 0
    while true {
      switch create(lockPath) {
      case .created(let descriptor):
        return descriptor
      case .exists:
        if takeOverIfAbandoned(lockPath) { continue }
      case .failed(ENOENT) where foldersMade < 3:
        // The folder was removed while we waited: make it again.
        try StateFile.createFolder(StateFile.parentFolder(of: lockPath))
        foldersMade += 1
        continue
      case .failed(let code):
        errno = code
        throw StateFileError.system(lockPath, "lock")
      }
      guard ContinuousClock.now < deadline else {
        let owner = ownerPID(of: lockPath)
        throw FileLockTimeout(
          lockPath: lockPath, owner: owner, ownerCommand: owner.flatMap(commandName(of:)), waited: timeout)
      }
      usleep(pause + UInt32.random(in: 0...pause))
      pause = min(pause * 2, 8_000)
    }
  }

  private enum Creation {
    case created(Int32)
    case exists
    case failed(Int32)
  }

  /// Creates the lock file with its owner record already in it, as `O_EXCL` would: a process
  /// killed at any moment leaves either no lock file or one that names it, never an empty one
  /// that only age could clear. The record is written to a file with no name yet (`O_TMPFILE`),
  /// which is then linked into place; where the file system has no `O_TMPFILE`, to a named
  /// temporary file.
  private static func create(_ lockPath: String) -> Creation {
    #if os(Linux)
      let folder = StateFile.parentFolder(of: lockPath)
      let unnamed = open(folder, temporaryFileFlag | O_RDWR | O_CLOEXEC, 0o600)
      if unnamed >= 0 {
        prepare(unnamed)
        if linkat(AT_FDCWD, "/proc/self/fd/\(unnamed)", AT_FDCWD, lockPath, AT_SYMLINK_FOLLOW) == 0 {
          return .created(unnamed)
        }
        let code = errno
        close(unnamed)
        if code == EEXIST { return .exists }
        // No /proc: fall through to a named temporary file.
      } else if errno == ENOENT {
        return .failed(ENOENT)
      }
    #endif
    let temporary = "\(lockPath).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let named = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard named >= 0 else { return .failed(errno) }
    prepare(named)
    let linked = link(temporary, lockPath)
    let code = errno
    unlink(temporary)
    if linked == 0 { return .created(named) }
    close(named)
    return code == EEXIST ? .exists : .failed(code)
  }

  /// Holds the new lock file's kernel lock (nobody else can see the file yet) and writes the owner.
  private static func prepare(_ descriptor: Int32) {
    while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
    fchmod(descriptor, 0o600)
    writeOwner(to: descriptor)
  }

  #if os(Linux)
    /// `O_TMPFILE`, a macro Swift does not import: `__O_TMPFILE | O_DIRECTORY`.
    private static let temporaryFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY
  #endif

  private static func release(_ lockPath: String, descriptor: Int32) {
    // Removes the lock file only when it is still ours: one OpenClaw took over and re-created
    // after `staleSeconds` belongs to OpenClaw.
    if sameFile(lockPath, descriptor: descriptor) { unlink(lockPath) }
    close(descriptor)
  }

  /// `{"pid":123,"createdAt":"2026-11-24T10:00:00.000Z"}`, as OpenClaw writes it.
  private static func writeOwner(to descriptor: Int32) {
    let text = "{\"pid\":\(getpid()),\"createdAt\":\"\(isoNow())\"}"
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return }
      written += count
    }
  }

  // MARK: - Abandoned locks

  /// Removes the lock file when its owner is gone or it is older than `staleSeconds`; true when
  /// the caller should try to create it again at once.
  private static func takeOverIfAbandoned(_ lockPath: String) -> Bool {
    let descriptor = open(lockPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return errno == ENOENT }
    defer { close(descriptor) }
    // A modelpin owner holds the kernel lock for as long as it holds the lock: it is alive.
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return false }
    let owner = readOwnerPID(descriptor)
    let ownerIsGone = owner.map { isDead($0) || started($0, after: Int64(status.st_mtim.tv_sec)) } ?? false
    let isStale = Int64(time(nil)) - Int64(status.st_mtim.tv_sec) > Int64(staleSeconds)
    guard ownerIsGone || isStale else { return false }
    // The file at the path may have changed since it was opened: remove only the one inspected.
    guard sameFile(lockPath, descriptor: descriptor) else { return true }
    // The dead owner's temporary files go first, while its lock file still keeps others out: a
    // taker killed in between then leaves the lock to the next taker, never an orphaned file.
    if let owner, ownerIsGone { removeTemporaryFiles(of: String(lockPath.dropLast(5)), pid: owner) }
    unlink(lockPath)
    return true
  }

  /// Removes what a dead owner was writing when it died: its `StateFile.writeAtomically`
  /// temporary files of `path` (`.<name>.<pid>.<random>.tmp`), which nobody else will rename.
  private static func removeTemporaryFiles(of path: String, pid: Int32) {
    let folder = StateFile.parentFolder(of: path)
    let prefix = ".\(StateFile.baseName(of: path)).\(pid)."
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      // Read in place up to its NUL: an entry is only as long as its name, so copying the whole
      // 256-byte field could read past the end of the directory's buffer.
      let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(prefix), name.hasSuffix(".tmp") { unlink(folder + "/" + name) }
    }
  }

  /// Whether no process has this pid. Our own pid counts as dead here: every lock this process
  /// holds has its kernel lock held, so a free lock file naming us was left by an earlier
  /// process that had our pid.
  private static func isDead(_ pid: Int32) -> Bool {
    guard pid > 0 else { return false }
    if pid == getpid() { return true }
    if kill(pid, 0) != 0 { return errno == ESRCH }
    return isZombie(pid)
  }

  /// Whether the process with this pid started after `time` (Unix seconds), so that it cannot
  /// have written a lock file then: its pid was reused. A second of slack covers the rounding of
  /// both times. False when `/proc` cannot tell.
  private static func started(_ pid: Int32, after time: Int64) -> Bool {
    guard let start = startTime(of: pid) else { return false }
    return start > time + 1
  }

  /// When a process started, in Unix seconds: its start in clock ticks after boot (`/proc/<pid>/stat`,
  /// field 22), plus the boot time (`btime` of `/proc/stat`).
  static func startTime(of pid: Int32) -> Int64? {
    guard let stat = procText("/proc/\(pid)/stat"), let end = stat.utf8.lastIndex(of: UInt8(ascii: ")")) else {
      return nil
    }
    // After `pid (command) `: field 3 is the state, so field 22 is the 20th from there.
    let fields = stat[stat.utf8.index(after: end)...].split(separator: " ")
    guard fields.count > 19, let ticks = Int64(fields[19]) else { return nil }
    guard let boot = procText("/proc/stat")?.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
      let bootTime = Int64(boot.dropFirst(6))
    else { return nil }
    let ticksPerSecond = Int64(sysconf(Int32(_SC_CLK_TCK)))
    return ticksPerSecond > 0 ? bootTime + ticks / ticksPerSecond : nil
  }

  /// The command name of a process (`/proc/<pid>/comm`), for messages.
  static func commandName(of pid: Int32) -> String? {
    procText("/proc/\(pid)/comm").map { String($0.prefix { $0 != "\n" }) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The start of a small `/proc` file as text; nil when it cannot be read.
  private static func procText(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : nil
  }

  /// Whether the process has exited and only waits for its parent to reap it (Linux `/proc`).
  private static func isZombie(_ pid: Int32) -> Bool {
    let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    // `pid (command) S …`: the state follows the last `)`, since the command may hold one.
    guard count > 0, let end = buffer[0..<count].lastIndex(of: UInt8(ascii: ")")), end + 2 < count else {
      return false
    }
    return buffer[end + 2] == UInt8(ascii: "Z")
  }

  /// The pid a lock file names, or nil when it names none (yet).
  private static func ownerPID(of lockPath: String) -> Int32? {
    let descriptor = open(lockPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return readOwnerPID(descriptor)
  }

  private static func readOwnerPID(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0, count < buffer.count,
      let value = try? JSONValue.parse(utf8: Array(buffer[0..<count])),
      let pid = value["pid"]?.int64Value
    else { return nil }
    return Int32(exactly: pid)
  }

  private static func sameFile(_ path: String, descriptor: Int32) -> Bool {
    var open = stat()
    var named = stat()
    guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
    return open.st_dev == named.st_dev && open.st_ino == named.st_ino
  }

  /// The current time in ISO 8601 with milliseconds, UTC.
  private static func isoNow() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var seconds = now.tv_sec
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func padded(_ value: Int32, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))T"
      + "\(padded(parts.tm_hour, 2)):\(padded(parts.tm_min, 2)):\(padded(parts.tm_sec, 2))."
      + "\(padded(Int32(now.tv_nsec / 1_000_000), 3))Z"
  }
}

/// Another process held the lock of a state file for longer than modelpin waits.
public struct FileLockTimeout: Error, Sendable, Equatable, CustomStringConvertible {
  /// The lock file, `<path>.lock`.
  public var lockPath: String
  /// The pid the lock file names, when it names one.
  public var owner: Int32?
  /// The command of that process (`node`, `modelpin`), when it runs.
  public var ownerCommand: String?
  /// How long modelpin waited.
  public var waited: Duration

  public init(lockPath: String, owner: Int32?, ownerCommand: String? = nil, waited: Duration) {
    self.lockPath = lockPath
    self.owner = owner
    self.ownerCommand = ownerCommand
    self.waited = waited
  }

  /// What happened and what to do, without the path.
  public var reason: String {
    let holder = owner.map { "process \($0)" + (ownerCommand.map { " (\($0))" } ?? "") } ?? "another process"
    return "locked by \(holder) for over \(waited.components.seconds) s; "
      + "retry, or delete the file if no OpenClaw or modelpin runs"
  }

  public var description: String { "\(lockPath): \(reason)" }

  /// The same failure as a `StateFileError` on the lock file.
  public var fileError: StateFileError { StateFileError(path: lockPath, reason: reason) }
}
