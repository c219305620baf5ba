import Dispatch
import Foundation
import ModelPin
import Synchronization
import Testing

/// `Replayer.run(descriptor:limit:output:)`, which reads, interprets and writes on three threads.
@Suite struct ReplayerThreadsTests {
  /// A JSONL transcript of 1,000 lines, several batches long: chat in sessions and threads,
  /// commands, outcomes, a blank line, lines that are not JSON and lines over the limit of 256.
  private static let jsonl: [UInt8] = {
    var lines: [String] = []
    for number in 0..<1000 {
      let session = "telegram:group:\(number % 7)" + (number % 3 == 0 ? ":topic:\(number % 5)" : "")
      let at = String(format: "2026-11-24T10:%02d:%02dZ", number / 60 % 60, number % 60)
      switch number {
      case _ where number % 211 == 0: lines.append(#"{"text": ""# + String(repeating: "x", count: 300) + #""}"#)
      case _ where number % 101 == 0: lines.append("")
      case _ where number % 97 == 0: lines.append("not json")
      case _ where number % 53 == 0:
        lines.append(#"{"session": "\#(session)", "at": "\#(at)", "outcome": {"result": "rate_limit"}}"#)
      case _ where number % 10 == 0: lines.append(#"{"session": "\#(session)", "at": "\#(at)", "text": "/model gpt"}"#)
      case _ where number % 10 == 1: lines.append(#"{"session": "\#(session)", "text": "/model status"}"#)
      case _ where number % 10 == 2: lines.append(#"{"session": "\#(session)", "text": "/model sonet"}"#)
      default: lines.append(#"{"session": "\#(session)", "at": "\#(at)", "text": "hello \#(number)"}"#)
      }
    }
    return Array(lines.joined(separator: "\n").utf8)
  }()

  /// The replies to `transcript`, as JSON lines, and how many were not ok; each run on a fresh state.
  private func replay(_ transcript: [UInt8], format: Replayer.Format, threaded: Bool) throws -> ([String], Int) {
    let fixture = try InterpreterFixture()
    let file = fixture.folder.appendingPathComponent("transcript")
    try Data(transcript).write(to: file)
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    var replayer = Replayer(interpreter: fixture.interpreter, format: format, now: InterpreterFixture.now)
    let replies = Mutex<[String]>([])
    let failures: Int
    if threaded {
      failures = replayer.run(descriptor: handle.fileDescriptor, limit: 256) { reply in
        replies.withLock { $0.append(reply.jsonLine) }
      }
    } else {
      failures = replayer.run(InputLines(descriptor: handle.fileDescriptor, limit: 256)) { reply in
        replies.withLock { $0.append(reply.jsonLine) }
      }
    }
    return (replies.withLock { $0 }, failures)
  }

  @Test func givesTheRepliesOfAReplayOnOneThreadInTheirOrder() throws {
    let (threaded, threadedFailures) = try replay(Self.jsonl, format: .jsonl, threaded: true)
    let (sequential, sequentialFailures) = try replay(Self.jsonl, format: .jsonl, threaded: false)
    #expect(threaded.count == 1000 - 9)  // the blank lines, 101 to 909, get no reply
    #expect(threaded == sequential)
    #expect(threadedFailures == sequentialFailures)
    #expect(threadedFailures > 0)
  }

  @Test func skipsTheCommentsAndBlankLinesOfATextTranscript() throws {
    let text = (0..<600).map {
      $0 % 4 == 0 ? "# note \($0)" : $0 % 9 == 0 ? "" : "/model sonnet \($0 % 2 == 0 ? "x" : "")"
    }
    let transcript = Array(text.joined(separator: "\n").utf8)
    let (threaded, _) = try replay(transcript, format: .text, threaded: true)
    let (sequential, _) = try replay(transcript, format: .text, threaded: false)
    #expect(threaded == sequential)
    #expect(threaded.count == text.filter { !$0.hasPrefix("#") && !$0.isEmpty }.count)
  }

  @Test func answersEachLineOfASlowPipeBeforeTheNextArrives() throws {
    let interpreter = try InterpreterFixture().interpreter
    let pipe = Pipe()
    let descriptor = pipe.fileHandleForReading.fileDescriptor
    let lines = Mutex<[Int?]>([])
    let answered = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    Thread {
      var replayer = Replayer(interpreter: interpreter, format: .text, now: InterpreterFixture.now)
      _ = replayer.run(descriptor: descriptor, limit: 1024) { reply in
        lines.withLock { $0.append(reply.line) }
        answered.signal()
      }
      finished.signal()
    }.start()
    for line in ["hello", "/model sonnet", "again"] {
      pipe.fileHandleForWriting.write(Data((line + "\n").utf8))
      #expect(answered.wait(timeout: .now() + 10) == .success, "no reply to \(line) while the pipe stayed open")
    }
    try pipe.fileHandleForWriting.close()
    #expect(finished.wait(timeout: .now() + 10) == .success)
    #expect(lines.withLock { $0 } == [1, 2, 3])
  }
}
