#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes, for keys: `String` takes canonically
/// equivalent strings as equal (`caf\u{E9}` and `cafe\u{301}`, the Kelvin sign and `K`), which
/// would merge two profiles, or two sessions, that a file, SQLite and OpenClaw keep apart.
///
/// ```swift
/// ExactString("caf\u{E9}") == ExactString("cafe\u{301}")  // false
/// ```
public struct ExactString: Hashable, Sendable, CustomStringConvertible {
  /// The string.
  public let text: String

  public init(_ text: String) {
    self.text = text
  }

  public static func == (lhs: ExactString, rhs: ExactString) -> Bool {
    lhs.text.hasSameBytes(as: rhs.text)
  }

  public func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  public var description: String { text }
}

extension String {
  /// Whether the two strings are the same bytes, not only canonically equivalent.
  public func hasSameBytes(as other: String) -> Bool {
    let count = utf8.count
    guard count == other.utf8.count else { return false }
    // On the bytes in place, as native strings keep them: a dictionary of session keys compares
    // keys of one length and a long common prefix (`telegram:dm:`) at every probe, and the
    // `UTF8View` iterators cost several times as much per byte.
    let same = utf8.withContiguousStorageIfAvailable { mine in
      other.utf8.withContiguousStorageIfAvailable { theirs in
        count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, count) == 0
      }
    }
    if let same, let same { return same }
    return utf8.elementsEqual(other.utf8)
  }
}
