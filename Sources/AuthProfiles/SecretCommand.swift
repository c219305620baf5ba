#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs an `exec` secret provider's command (spec §5.1): no shell, only the variables it is
/// given, its input written and its output read within the timeout, after which it and every
/// process it started are killed. Its standard error is discarded, never shown.
enum SecretCommand {
  /// What a run gave.
  enum Result: Equatable {
    /// It exited with status 0; what it printed.
    case output([UInt8])
    /// posix_spawn failed, e.g. no such file.
    case notStarted(String)
    case timedOut
    /// It exited with another status (a signal counts as 128 + its number).
    case failed(Int32)
    /// It printed more than `maximumOutput` bytes.
    case tooMuchOutput
  }

  /// More output than any reply of secrets needs.
  static let maximumOutput = 1 << 20

  static func run(
    _ command: String, arguments: [String], environment: [String: String], input: [UInt8], timeout: Int64
  ) -> Result {
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    guard makePipe(&toChild) else { return .notStarted(errorText(errno)) }
    guard makePipe(&fromChild) else {
      let code = errno
      close(toChild[0])
      close(toChild[1])
      return .notStarted(errorText(code))
    }
    let spawned = spawn(
      command, arguments: arguments, environment: environment, input: toChild[0], output: fromChild[1])
    close(toChild[0])
    close(fromChild[1])
    guard case .success(let pid) = spawned else {
      close(toChild[1])
      close(fromChild[0])
      if case .failure(let code) = spawned { return .notStarted(errorText(code.code)) }
      return .notStarted("")
    }
    let deadline = monotonicMilliseconds() + timeout
    let exchanged = withSIGPIPEBlocked {
      exchange(input: input, to: toChild[1], from: fromChild[0], until: deadline)
    }
    close(fromChild[0])
    guard let output = exchanged else {
      kill(-pid, SIGKILL)
      _ = waitForExit(pid, until: nil)
      return .timedOut
    }
    guard output.count <= maximumOutput else {
      kill(-pid, SIGKILL)
      _ = waitForExit(pid, until: nil)
      return .tooMuchOutput
    }
    guard let status = waitForExit(pid, until: deadline) else {
      kill(-pid, SIGKILL)
      _ = waitForExit(pid, until: nil)
      return .timedOut
    }
    return status == 0 ? .output(output) : .failed(status)
  }

  /// A pipe whose ends are closed on exec: only the copies on the child's 0 and 1 stay open in it.
  private static func makePipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private struct SpawnError: Error {
    var code: Int32
  }

  /// Starts the command in a process group of its own, so that a timeout kills what it started too.
  private static func spawn(
    _ command: String, arguments: [String], environment: [String: String], input: Int32, output: Int32
  ) -> Swift.Result<pid_t, SpawnError> {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input, 0)
    posix_spawn_file_actions_adddup2(&actions, output, 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with no blocked signals and SIGPIPE at its default, whatever this thread has.
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([command] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let code = posix_spawn(&pid, command, &actions, &attributes, argv, envp)
    return code == 0 ? .success(pid) : .failure(SpawnError(code: code))
  }

  /// Writes `input` and reads the output until the command closes it; nil when `deadline` passes first.
  private static func exchange(input: [UInt8], to inputPipe: Int32, from outputPipe: Int32, until deadline: Int64)
    -> [UInt8]?
  {
    var output: [UInt8] = []
    var written = 0
    var inputOpen = true
    _ = fcntl(inputPipe, F_SETFL, fcntl(inputPipe, F_GETFL) | O_NONBLOCK)
    defer { if inputOpen { close(inputPipe) } }
    func closeInput() {
      close(inputPipe)
      inputOpen = false
    }
    if input.isEmpty { closeInput() }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let remaining = deadline - monotonicMilliseconds()
      guard remaining > 0 else { return nil }
      var descriptors = [pollfd(fd: outputPipe, events: Int16(POLLIN), revents: 0)]
      if inputOpen { descriptors.append(pollfd(fd: inputPipe, events: Int16(POLLOUT), revents: 0)) }
      let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 60_000)))
      if ready < 0, errno != EINTR { return output }
      if inputOpen, descriptors.count > 1, descriptors[1].revents != 0 {
        let count = input[written...].withUnsafeBytes { write(inputPipe, $0.baseAddress, $0.count) }
        if count > 0 {
          written += count
          if written == input.count { closeInput() }
        } else if count < 0, errno != EAGAIN, errno != EINTR {
          closeInput()
        }
      }
      if descriptors[0].revents != 0 {
        let count = read(outputPipe, &buffer, buffer.count)
        if count > 0 {
          output += buffer[..<count]
          if output.count > maximumOutput { return output }
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
          return output
        }
      }
    }
  }

  /// The exit status, 128 + the signal for a killed process; nil when `deadline` passes first
  /// (nil deadline: wait as long as it takes).
  private static func waitForExit(_ pid: pid_t, until deadline: Int64?) -> Int32? {
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
      if result == pid {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
      }
      if result < 0, errno != EINTR { return -1 }
      if let deadline {
        guard monotonicMilliseconds() < deadline else { return nil }
        var pause = timespec(tv_sec: 0, tv_nsec: 2_000_000)
        nanosleep(&pause, nil)
      }
    }
  }

  /// Runs `body` with SIGPIPE blocked on this thread, so that writing to a command that exited
  /// without reading its input is an error, not the end of modelpin; a SIGPIPE it raised is consumed.
  private static func withSIGPIPEBlocked<T>(_ body: () -> T) -> T {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    let result = body()
    var pending = sigset_t()
    sigpending(&pending)
    if sigismember(&pending, SIGPIPE) == 1 {
      var now = timespec(tv_sec: 0, tv_nsec: 0)
      _ = sigtimedwait(&pipeSignal, nil, &now)
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    return result
  }

  private static func monotonicMilliseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
  }

  private static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
