extension String {
  /// Copies the UTF-8 of the string into `buffer` from `offset`; returns where it ends.
  ///
  /// For text assembled from pieces into a string of its final size
  /// (`String(unsafeUninitializedCapacity:initializingUTF8With:)`): appending piece by piece cost
  /// some 300 instructions a piece.
  package func copyUTF8(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
    let copied = utf8.withContiguousStorageIfAvailable { bytes in
      UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(fromContentsOf: bytes)
    }
    if let copied { return offset + copied }
    return offset + UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(fromContentsOf: utf8)
  }
}
