/// Reads a fuzzer's bytes as a few choices followed by lines.
public struct FuzzInput {
  public let bytes: [UInt8]
  private var offset = 0

  public init(_ data: UnsafePointer<UInt8>?, _ count: Int) {
    bytes = count > 0 ? Array(UnsafeBufferPointer(start: data, count: count)) : []
  }

  /// The next byte, or 0 at the end.
  public mutating func byte() -> UInt8 {
    guard offset < bytes.count else { return 0 }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// The rest of the input split at `separator` (a line of a transcript, a request, a file).
  public func rest(splitAt separator: UInt8 = UInt8(ascii: "\n"), maximumParts: Int = .max) -> [ArraySlice<UInt8>] {
    bytes[min(offset, bytes.count)...].split(
      separator: separator, maxSplits: maximumParts - 1, omittingEmptySubsequences: false)
  }
}
