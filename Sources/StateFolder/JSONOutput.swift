/// The UTF-8 bytes of JSON text being written, in memory of its own.
///
/// The JSON writers append a few bytes at a time, hundreds of times per reply. Appending to a
/// `[UInt8]` checks that the array is uniquely referenced and goes through a generic
/// `append(contentsOf:)` each time; this buffer only compares its count with its capacity, then
/// stores through a pointer.
struct JSONOutput: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written.
  private(set) var count = 0

  /// An empty buffer with room for `capacity` bytes; it grows as needed.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The bytes written.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  /// Lends the bytes written to `body`, without copying them.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: start, count: count))
  }

  /// The bytes written, as text.
  var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    start[count] = byte
    count += 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    reserve(bytes.count)
    (start + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  /// Appends the key `"name":`, after a comma when `separated`, with one check of the capacity and
  /// one copy: a reply writes some twenty keys, and a call per byte or two costs more than the
  /// bytes. `name` needs no escape.
  mutating func appendKey(_ name: StaticString, separated: Bool) {
    name.withUTF8Buffer { name in
      reserve(name.count + 4)
      var end = count
      if separated {
        start[end] = UInt8(ascii: ",")
        end += 1
      }
      start[end] = UInt8(ascii: "\"")
      if let source = name.baseAddress { (start + end + 1).initialize(from: source, count: name.count) }
      end += 1 + name.count
      start[end] = UInt8(ascii: "\"")
      start[end + 1] = UInt8(ascii: ":")
      count = end + 2
    }
  }

  /// Appends the UTF-8 of `text`. (Labelled so that a literal goes to the `StaticString` overload.)
  mutating func append(contentsOf text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends `value` in decimal, as `String(value)` spells it, without making that string.
  mutating func appendDecimal(_ value: Int64) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digitCount = 1
    var rest = magnitude
    while rest >= 10 {
      rest /= 10
      digitCount += 1
    }
    reserve(digitCount)
    // The digits from the last one back.
    for position in (count..<count + digitCount).reversed() {
      start[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    }
    count += digitCount
  }

  /// Makes room for `extra` more bytes.
  private mutating func reserve(_ extra: Int) {
    if capacity - count < extra { grow(toHold: count + extra) }
  }

  /// Moves the bytes to a block of at least twice the capacity, and at least `needed` bytes.
  private mutating func grow(toHold needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStart.moveInitialize(from: start, count: count)
    start.deallocate()
    start = newStart
    capacity = newCapacity
  }
}
