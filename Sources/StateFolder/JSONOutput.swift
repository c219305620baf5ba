/// The UTF-8 bytes of JSON text being written, in memory of its own.
///
/// The JSON writers append a few bytes at a time, hundreds of times per reply. Appending to a
/// `[UInt8]` checks that the array is uniquely referenced and goes through a generic
/// `append(contentsOf:)` each time; this buffer only compares its count with its capacity, then
/// stores through a pointer.
@usableFromInline
struct JSONOutput: ~Copyable {
  @usableFromInline var start: UnsafeMutablePointer<UInt8>
  @usableFromInline var capacity: Int
  /// The number of bytes written.
  @usableFromInline var count = 0

  /// An empty buffer with room for `capacity` bytes; it grows as needed.
  @usableFromInline
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    start = .allocate(capacity: self.capacity)
  }

  @inlinable
  deinit { start.deallocate() }

  /// The bytes written.
  var bytes: [UInt8] { bytes(from: 0) }

  /// The bytes written from `offset` on.
  func bytes(from offset: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: start + offset, count: count - offset))
  }

  /// Lends the bytes written to `body`, without copying them.
  @inlinable
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: start, count: count))
  }

  /// The bytes written, as text.
  var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

  @inlinable
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    start[count] = byte
    count += 1
  }

  @inlinable
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    reserve(bytes.count)
    (start + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  @inlinable
  mutating func append(_ literal: StaticString) {
    guard literal.hasPointerRepresentation else { return literal.withUTF8Buffer { append($0) } }
    append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends the key `"name":`, after a comma when `separated`. `name` needs no escape.
  ///
  /// A literal's bytes are in the binary, so the usual key is a pointer and a count the compiler
  /// knows, and the key is copied inline; through `withUTF8Buffer`, kept for the rare literal of one
  /// Unicode scalar, each key was a call, ~130 instructions.
  @inlinable
  mutating func appendKey(_ name: StaticString, separated: Bool) {
    guard name.hasPointerRepresentation else {
      return name.withUTF8Buffer { appendKey(bytes: $0, separated: separated) }
    }
    appendKey(bytes: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), separated: separated)
  }

  /// Appends `"name":` with one check of the capacity and one copy: a reply writes some twenty
  /// keys, and a call per byte or two costs more than the bytes.
  @inlinable
  mutating func appendKey(bytes name: UnsafeBufferPointer<UInt8>, separated: Bool) {
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

  /// Appends the UTF-8 of `text`. (Labelled so that a literal goes to the `StaticString` overload.)
  mutating func append(contentsOf text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends `value` in decimal, as `String(value)` spells it, without making that string.
  @usableFromInline
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
  @inlinable
  mutating func reserve(_ extra: Int) {
    if capacity - count < extra { grow(toHold: count + extra) }
  }

  /// Moves the bytes to a block of at least twice the capacity, and at least `needed` bytes.
  @usableFromInline
  mutating func grow(toHold needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStart.moveInitialize(from: start, count: count)
    start.deallocate()
    start = newStart
    capacity = newCapacity
  }
}
