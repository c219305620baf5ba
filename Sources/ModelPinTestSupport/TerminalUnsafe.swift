/// What a terminal must never get raw (spec §3.5): C0 and C1 controls, DEL, and the bidi and
/// invisible characters. Written out here, not taken from `DisplayCharacters`, so that the tests
/// of what reaches the output do not check the code against itself.
public enum TerminalUnsafe {
  /// Whether `scalar` must not reach a terminal raw.
  public static func includes(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }
}
