import BenchmarkFixtures
import Foundation
import ModelPin

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Resident memory per pinned session: pins `count` sessions with `/model sonnet` through one
/// interpreter with the in-memory store, and divides the growth of the resident set by `count`.
///
/// Each session ends up with a model pin and an automatic profile pin, as a real `/model sonnet`
/// leaves it. Run in a process of its own, so nothing freed earlier is reused by the pins.
enum Memory {
  static func bytesPerSession(count: Int) throws -> (perSession: Double, before: Int, after: Int) {
    let interpreter = try Interpreters.inMemory(state: StateFolders.basic.path)
    // Warm up every path a pin takes, so one-time allocations are not counted per session.
    for index in 0..<100 {
      _ = interpreter.handle("/model sonnet", session: "warmup:\(index)", at: Interpreters.now)
    }
    let before = residentBytes()
    for index in 0..<count {
      let reply = interpreter.handle("/model sonnet", session: "telegram:dm:\(1_000_000 + index)", at: Interpreters.now)
      precondition(reply.ok && reply.route?.profile != nil, "a pin failed: \(reply.text)")
    }
    let after = residentBytes()
    return (Double(after - before) / Double(count), before, after)
  }

  /// The resident set size of this process, from /proc/self/statm (its second field, in pages).
  static func residentBytes() -> Int {
    let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
    guard fields.count > 1, let pages = Int(fields[1]) else { fail("cannot read /proc/self/statm") }
    return pages * sysconf(Int32(_SC_PAGESIZE))
  }
}
