/// A small deterministic pseudo-random generator (SplitMix64), so that generated sentences and
/// catalogs are the same on every run and every platform.
public struct SplitMix64 {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in `range`, by multiplying into it (bias below 2^-40 for small ranges).
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
  }

  /// True with the probability `percent` / 100.
  public mutating func chance(percent: Int) -> Bool {
    int(in: 0...99) < percent
  }

  /// One element of a non-empty collection.
  public mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element where C.Index == Int {
    collection[collection.startIndex + int(in: 0...collection.count - 1)]
  }
}
