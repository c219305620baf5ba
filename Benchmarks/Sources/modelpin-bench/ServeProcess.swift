#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// A `modelpin serve --stdio` driven one request at a time, as a bridge that waits for each reply.
final class ServeProcess {
  private let pid: pid_t
  private let input: Int32
  private let output: Int32
  private var pending: [UInt8] = []

  /// Starts `arguments[0]` (a path) with pipes for standard input and output; standard error is inherited.
  init(_ arguments: [String]) {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { fail("cannot make pipes for \(arguments[0])") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
    guard status == 0 else { fail("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
    close(toChild[0])
    close(fromChild[1])
    self.pid = pid
    input = toChild[1]
    output = fromChild[0]
  }

  /// Sends one request line and waits for its reply line; returns the reply and the seconds it took.
  func roundTrip(_ line: String) -> (reply: String, seconds: Double) {
    let start = Clock.seconds()
    let bytes = Array((line + "\n").utf8)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      guard count > 0 else { fail("serve closed its input") }
      sent += count
    }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while !pending.contains(UInt8(ascii: "\n")) {
      let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      guard count > 0 else { fail("serve ended before replying to \(line)") }
      pending += chunk[0..<count]
    }
    let end = pending.firstIndex(of: UInt8(ascii: "\n"))!
    let reply = String(decoding: pending[..<end], as: UTF8.self)
    pending.removeSubrange(...end)
    return (reply, Clock.seconds() - start)
  }

  /// Closes its input and waits for it to exit with 0.
  func finish() {
    close(input)
    Spawn.wait(Spawn.Child(pid: pid), "modelpin serve")
    close(output)
  }
}
