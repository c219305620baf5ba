import Dispatch
import Foundation
import ModelCommand

extension Replayer {
  /// How many lines travel between threads at once, at most.
  static let batchSize = 256

  /// Replays the lines of `descriptor` as `run(_:output:)` does, on three threads: one reads the
  /// lines, decodes their JSON and parses their text, the calling one interprets them, one hands
  /// the replies to `output`. Returns how many replies were not ok.
  ///
  /// Reading, parsing and writing JSON cost about half as much as interpreting, so with two cores
  /// or more the interpreter never waits for them. Replies come in the order of the lines, the same as
  /// `run(_:output:)` gives. Lines are passed on in batches, and a batch as soon as the next line
  /// is not read yet, so a slow pipe is still answered line by line; a batch thus never holds more
  /// than one read of input and one line, and memory stays bounded with four batches in flight.
  ///
  /// `notice` hears, at most once, that a text transcript's first line looks like a JSONL request:
  /// a hint for standard error, since such a line is also a valid chat line.
  public mutating func run(
    descriptor: Int32, limit: Int, notice: @escaping @Sendable (ReplayNotice) -> Void = { _ in },
    output: @escaping @Sendable (Reply) -> Void
  ) -> Int {
    let entries = BatchQueue<[NumberedEntry]?>(capacity: 4)
    let replies = BatchQueue<[Reply]?>(capacity: 4)
    let written = DispatchSemaphore(value: 0)
    let format = format
    let parser = interpreter.parser
    Thread {
      Self.read(descriptor, limit: limit, format: format, parser: parser, notice: notice, into: entries)
    }.start()
    Thread {
      while let batch = replies.take() { batch.forEach(output) }
      written.signal()
    }.start()
    var failures = 0
    while var batch = entries.take() {
      // One batch of pin writes too: stored before the writer prints a reply of it.
      let answered = interpreter.batchingPinWrites(expectedCount: batch.count) { add in
        // Each entry is moved out of the batch, a skipped one left in its place, and consumed by
        // `reply(to:)`: lent or iterated, each was copied, then destroyed twice.
        batch.withUnsafeMutableBufferPointer { entries in
          for index in entries.indices {
            let numbered = (entries.baseAddress! + index).move()
            (entries.baseAddress! + index).initialize(to: NumberedEntry(line: numbered.line, entry: .skipped))
            let line = numbered.line
            guard let reply = reply(to: numbered.takeEntry(), line: line) else { continue }
            add(reply)
          }
        }
      }
      failures += answered.count { !$0.ok }
      replies.put(answered)
    }
    replies.put(nil)
    written.wait()
    return failures
  }

  /// Reads, decodes and parses every line into `entries`, in batches, then puts nil.
  private static func read(
    _ descriptor: Int32, limit: Int, format: Format, parser: CommandParser,
    notice: @Sendable (ReplayNotice) -> Void, into entries: BatchQueue<[NumberedEntry]?>
  ) {
    let lines = InputLines(descriptor: descriptor, limit: limit)
    var batch: [NumberedEntry] = []
    batch.reserveCapacity(batchSize)
    var firstLineSeen = format != .text
    while let line = lines.next() {
      let entry = Entry(line.content, format: format, parser: parser)
      if !firstLineSeen, case .chat = entry {
        firstLineSeen = true
        if case .bytes(let bytes) = line.content, Request.looksLikeRequest(bytes) {
          notice(.textLooksLikeJSONL(line: line.number))
        }
      }
      batch.append(NumberedEntry(line: line.number, entry: entry))
      if batch.count == batchSize || !lines.hasBufferedLine {
        entries.put(batch)
        batch.removeAll(keepingCapacity: true)
      }
    }
    if !batch.isEmpty { entries.put(batch) }
    entries.put(nil)
  }
}

extension Replayer {
  /// A decoded line with its number, as the reading thread hands it on. A struct, not a tuple: a
  /// tuple holding an enum was copied through the runtime's generic tuple copy, ~500 instructions
  /// a line.
  struct NumberedEntry: Sendable {
    let line: Int
    let entry: Entry

    /// The entry, moved out.
    consuming func takeEntry() -> Entry { entry }
  }
}
