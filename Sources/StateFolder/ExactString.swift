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
    guard utf8.count == other.utf8.count else { return false }
    // Keys are compared on every lookup: one memcmp of contiguous bytes, not a generic loop
    // over two UTF8Views (about 1,300 instructions for a session key).
    let compared = utf8.withContiguousStorageIfAvailable { mine in
      other.utf8.withContiguousStorageIfAvailable { theirs in
        mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
      }
    }
    return (compared ?? nil) ?? utf8.elementsEqual(other.utf8)
  }
}
