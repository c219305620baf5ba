#if canImport(Glibc)
  import Glibc
#endif

/// One line of input: its 1-based number and its bytes, or how long it was when over the limit.
public struct InputLine: Sendable, Equatable {
  public enum Content: Sendable, Equatable {
    /// The bytes without the line break.
    case bytes([UInt8])
    /// The line was longer than the limit; its bytes were skipped, not kept.
    case tooLong(byteCount: Int)
  }

  public var number: Int
  public var content: Content
}

/// Lines read from a file descriptor in chunks, with memory bounded by the line limit whatever
/// the input's length: a longer line is skipped to its end and reported as `tooLong`.
package final class InputLines: Sequence, IteratorProtocol {
  private let descriptor: Int32
  private let limit: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var isAtEnd = false
  private var lineNumber = 0
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)

  /// Lines of `descriptor` (not closed here); lines over `limit` bytes come back as `tooLong`.
  package init(descriptor: Int32, limit: Int) {
    self.descriptor = descriptor
    self.limit = limit
  }

  package func next() -> InputLine? {
    var skipped = 0
    // The bytes before `searched` hold no line break: each byte is searched once, so a long line
    // costs time in proportion to its length, not to its length times the limit.
    var searched = start
    while true {
      if let newline = firstLineBreak(from: searched) {
        lineNumber += 1
        let end = newline > start && buffer[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
        let line = skipped > 0 ? nil : Array(buffer[start..<end])
        skipped += newline - start
        start = newline + 1
        compact()
        if let line, line.count <= limit { return InputLine(number: lineNumber, content: .bytes(line)) }
        return InputLine(number: lineNumber, content: .tooLong(byteCount: skipped))
      }
      searched = buffer.count
      if buffer.count - start > limit {
        skipped += buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        searched = 0
      }
      if isAtEnd {
        guard start < buffer.count || skipped > 0 else { return nil }
        lineNumber += 1
        let line = Array(buffer[start...])
        buffer.removeAll()
        start = 0
        if skipped > 0 || line.count > limit {
          return InputLine(number: lineNumber, content: .tooLong(byteCount: skipped + line.count))
        }
        return InputLine(number: lineNumber, content: .bytes(line))
      }
      fill()
    }
  }

  /// Whether `next()` can return without reading: a whole line is buffered, or the input ended.
  package var hasBufferedLine: Bool {
    isAtEnd || firstLineBreak(from: start) != nil
  }

  /// The index of the first `\n` at or after `index`, searched with `memchr`.
  private func firstLineBreak(from index: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      guard index < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + index, Int32(UInt8(ascii: "\n")), bytes.count - index)
      else { return nil }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
  }

  private func fill() {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      buffer.append(contentsOf: chunk[0..<count])
    } else if count == 0 || errno != EINTR {
      isAtEnd = true
    }
  }

  private func compact() {
    if start > 1 << 16, start * 2 > buffer.count {
      buffer.removeSubrange(0..<start)
      start = 0
    }
  }
}
