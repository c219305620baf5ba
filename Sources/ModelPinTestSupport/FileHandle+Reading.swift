import Foundation

extension FileHandle {
  /// Everything until the end of the file, then closes the handle.
  ///
  /// `readDataToEndOfFile()` stops the whole test process with a fatal error when a read fails,
  /// as one interrupted by a signal did on a loaded machine; here an interrupted read is retried,
  /// and any other failure ends the data. The handle is closed at once rather than when Foundation
  /// frees it, which it may never do: a test process that gathers open pipes makes Foundation's
  /// `Process.run()` crash later on.
  public func readToEndAndClose() -> Data {
    var data = Data()
    forEachChunkThenClose { data.append($0) }
    return data
  }

  /// Hands each read to `body` as it arrives until the end of the file, then closes the handle
  /// (see `readToEndAndClose()`).
  public func forEachChunkThenClose(_ body: (Data) -> Void) {
    while let chunk = nextChunk() { body(chunk) }
    try? close()
  }

  /// The next bytes, waiting for some; nil at the end of the file or when the read fails.
  public func nextChunk() -> Data? {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { readBytes(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 { return Data(buffer[..<count]) }
      if count == 0 || errno != EINTR { return nil }
    }
  }
}

/// `read(2)`, which inside `FileHandle` would name the instance method.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
