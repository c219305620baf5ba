/// ISO 8601 timestamps as Unix milliseconds, for `--now` and the `at` of transcripts and requests.
public enum Timestamp {
  /// Parses a timestamp, or a date alone (`2026-12-02`) as its midnight UTC: what `--now` takes.
  public static func parseDateOrTime(_ text: String) -> Int64? {
    text.utf8.count == 10 ? parse(text + "T00:00:00Z") : parse(text)
  }

  /// Parses `2026-11-24T10:00:00Z`, with optional fractional seconds and a `Z` or `±HH:MM` offset.
  public static func parse(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8(parse)
  }

  /// Parses the UTF-8 bytes of a timestamp; see `parse(_:)`.
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    func number(_ digits: Int) -> Int? {
      guard index + digits <= bytes.count else { return nil }
      var value = 0
      for _ in 0..<digits {
        let byte = bytes[index]
        guard (48...57).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 48)
        index += 1
      }
      return value
    }
    func expect(_ characters: StaticString) -> Bool {
      guard index < bytes.count, characters.withUTF8Buffer({ $0.contains(bytes[index]) }) else { return false }
      index += 1
      return true
    }
    guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
      expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
      let second = number(2),
      (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
      hour < 24, minute < 60, second < 61
    else { return nil }
    var milliseconds = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 100
      let start = index
      while index < bytes.count, (48...57).contains(bytes[index]) {
        milliseconds += Int(bytes[index] - 48) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    var offsetMinutes = 0
    if expect("Zz") {
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
      index += 1
      guard let hours = number(2), expect(":"), let minutes = number(2), hours < 24, minutes < 60 else { return nil }
      offsetMinutes = sign * (hours * 60 + minutes)
    } else {
      return nil
    }
    guard index == bytes.count else { return nil }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
    return seconds * 1000 + Int64(milliseconds)
  }

  /// `2026-11-24T10:00:00Z` (with milliseconds when not whole seconds).
  public static func format(_ milliseconds: Int64) -> String {
    let seconds = milliseconds.floorDivided(by: 1000)
    let remainder = milliseconds - seconds * 1000
    let days = seconds.floorDivided(by: 86_400)
    let secondOfDay = Int(seconds - days * 86_400)
    let (year, month, day) = civilDate(daysSinceEpoch: days)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var text =
      "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
    if remainder != 0 {
      let digits = String(remainder)
      text += "." + String(repeating: "0", count: 3 - digits.count) + digits
    }
    return text + "Z"
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 (Howard Hinnant's days_from_civil).
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date of a day count from 1970-01-01 (Howard Hinnant's civil_from_days).
  private static func civilDate(daysSinceEpoch: Int64) -> (Int, Int, Int) {
    let z = Int(daysSinceEpoch) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension Int64 {
  fileprivate func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
