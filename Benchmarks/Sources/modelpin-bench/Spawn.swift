#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Runs programs with posix_spawn and times them on the monotonic clock: what a shell does, with
/// no shell in between.
enum Spawn {
  /// A started child.
  struct Child {
    let pid: pid_t
  }

  /// Starts `arguments[0]` (a path) with standard input from `input` and standard output into
  /// `output` (default: /dev/null); standard error is inherited.
  static func start(_ arguments: [String], input: String = "/dev/null", output: String = "/dev/null") -> Child {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
    guard status == 0 else { fail("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
    return Child(pid: pid)
  }

  /// Waits for a child and returns the CPU time it used (user and system), in seconds; fails the
  /// benchmark when it did not exit with 0.
  @discardableResult
  static func wait(_ child: Child, _ what: String) -> Double {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(child.pid, &status, 0, &usage) == -1, errno == EINTR {}
    guard status == 0 else { fail("\(what) ended with status \(status)") }
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The wall time and the CPU time of one run of a program, in seconds.
  struct Times {
    var wall: Double
    var cpu: Double
  }

  /// Runs a program to its end and returns the time it took.
  static func time(_ arguments: [String], input: String = "/dev/null", output: String = "/dev/null") -> Times {
    let start = Clock.seconds()
    let cpu = wait(Self.start(arguments, input: input, output: output), arguments.joined(separator: " "))
    return Times(wall: Clock.seconds() - start, cpu: cpu)
  }

  /// Runs a program and returns its standard output.
  static func output(_ arguments: [String]) -> String {
    var pipeEnds: [Int32] = [0, 0]
    pipe(&pipeEnds)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard status == 0 else { return "" }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes += chunk[0..<count]
    }
    var exit: Int32 = 0
    waitpid(pid, &exit, 0)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A started child whose standard input and output are pipes of this process, for lock-step
  /// conversations: write a line, read the line it answers.
  final class Conversation {
    let child: Child
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []

    /// Starts `arguments[0]` (a path); standard error is inherited.
    init(_ arguments: [String]) {
      var toChild: [Int32] = [0, 0]
      var fromChild: [Int32] = [0, 0]
      guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { fail("cannot make a pipe") }
      // This process's ends are not for children started later: they would hold the input open.
      _ = fcntl(toChild[1], F_SETFD, FD_CLOEXEC)
      _ = fcntl(fromChild[0], F_SETFD, FD_CLOEXEC)
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
      posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
      for end in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, end) }
      let argv = arguments.map { strdup($0) } + [nil]
      defer { for pointer in argv { free(pointer) } }
      var pid: pid_t = 0
      let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
      guard status == 0 else { fail("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
      close(toChild[0])
      close(fromChild[1])
      child = Child(pid: pid)
      input = toChild[1]
      output = fromChild[0]
    }

    /// Writes `line` and a newline, and returns the next line the child prints, without its newline.
    func ask(_ line: [UInt8]) -> [UInt8] {
      var bytes = line
      bytes.append(UInt8(ascii: "\n"))
      var sent = 0
      while sent < bytes.count {
        let count = bytes[sent...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
        guard count > 0 else { fail("cannot write to child \(child.pid)") }
        sent += count
      }
      return readLine()
    }

    private func readLine() -> [UInt8] {
      var chunk = [UInt8](repeating: 0, count: 65_536)
      while true {
        if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
          let line = Array(buffer[..<newline])
          buffer.removeSubrange(...newline)
          return line
        }
        let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
        guard count > 0 else { fail("child \(child.pid) closed its output") }
        buffer += chunk[..<count]
      }
    }

    /// Closes the child's input and waits for it to exit.
    func finish(_ what: String) {
      close(input)
      close(output)
      Spawn.wait(child, what)
    }
  }

  /// Whether a program exits with 0, its output discarded.
  static func succeeds(_ arguments: [String]) -> Bool {
    var status: Int32 = 0
    let child = start(arguments)
    while waitpid(child.pid, &status, 0) == -1, errno == EINTR {}
    return status == 0
  }
}

/// The monotonic clock.
enum Clock {
  static func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// Stops the benchmark with a message on standard error.
func fail(_ message: String) -> Never {
  fputs("modelpin-bench: \(message)\n", stderr)
  exit(1)
}

/// Prints each line of standard output as it is written, also into a pipe: figures take minutes.
func lineBufferStandardOutput() {
  setvbuf(stdout, nil, _IOLBF, 0)
}
