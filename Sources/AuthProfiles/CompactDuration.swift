/// A duration as status shows it: one unit, rounded up, `45s`, `4m`, `3h`, `2d`.
///
/// Rounding up never promises a profile earlier than it is ready: 4 min 10 s is `5m`. A
/// duration of zero or less is `0s`.
public func compactDuration(milliseconds: Int64) -> String {
  guard milliseconds > 0 else { return "0s" }
  let seconds = roundedUp(milliseconds, 1_000)
  if seconds < 60 { return "\(seconds)s" }
  let minutes = roundedUp(milliseconds, 60_000)
  if minutes < 60 { return "\(minutes)m" }
  let hours = roundedUp(milliseconds, 3_600_000)
  if hours < 24 { return "\(hours)h" }
  return "\(roundedUp(milliseconds, 86_400_000))d"
}

/// `value / unit`, rounded up, for positive values.
private func roundedUp(_ value: Int64, _ unit: Int64) -> Int64 {
  (value - 1) / unit + 1
}
