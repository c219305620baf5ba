import SafeText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Session keys: their validation and the parent of a thread or topic session.
public enum SessionKey {
  /// The longest key accepted, in UTF-8 bytes.
  public static let maximumBytes = 512

  /// Accepts a key that is non-empty, at most `maximumBytes` long and free of control characters.
  public static func validate(_ key: String) throws(SessionStoreError) {
    if key.isEmpty {
      throw .invalidSessionKey(key, problem: .empty)
    }
    if key.utf8.count > maximumBytes {
      throw .invalidSessionKey(key, problem: .tooLong(bytes: key.utf8.count))
    }
    // The usual key, printable through and through, is told from its bytes.
    if !DisplayCharacters.isPrintable(key),
      let control = key.unicodeScalars.first(where: { DisplayCharacters.isControl(value: $0.value) })
    {
      throw .invalidSessionKey(key, problem: .controlCharacter(control.value))
    }
  }

  /// The session a thread or topic session belongs to: the key before its last `:thread:<id>` or
  /// `:topic:<id>` (markers matched in any case, as OpenClaw does); nil for any other key.
  ///
  /// `discord:channel:c1:thread:9` → `discord:channel:c1`; `telegram:group:5:topic:3` → `telegram:group:5`.
  public static func parent(of key: String) -> String? {
    var key = key
    return key.withUTF8 { bytes in
      // From the end, each `:` that starts a marker; the first found is the last in the key.
      var start = bytes.count - 1
      while start > 0 {
        // Both markers go on with a `t`: a colon before anything else is no marker, and most
        // keys (`telegram:dm:42`) have none, so the markers are compared rarely.
        if bytes[start] == UInt8(ascii: ":"), start + 1 < bytes.count, bytes[start + 1] | 0x20 == UInt8(ascii: "t"),
          let marker = markers.first(where: { isMarker($0, in: bytes, at: start) })
        {
          guard start + marker.count < bytes.count else { return nil }
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<start]), as: UTF8.self)
        }
        start -= 1
      }
      return nil
    }
  }

  private static let markers = [Array(":thread:".utf8), Array(":topic:".utf8)]

  /// Whether the bytes at `start` spell `marker` (lowercase) in any case.
  private static func isMarker(_ marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    guard start + marker.count <= bytes.count else { return false }
    return marker.indices.allSatisfy { offset in
      let byte = bytes[start + offset]
      return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == marker[offset]
    }
  }

  /// The order `allPins()` uses: by the bytes of the UTF-8 text, as SQLite compares text.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    var lhs = lhs
    var rhs = rhs
    return lhs.withUTF8 { left in
      rhs.withUTF8 { right in
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order == 0 ? left.count < right.count : order < 0
      }
    }
  }
}
