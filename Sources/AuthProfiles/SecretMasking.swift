import StateFolder

/// A secret as it may be shown anywhere (spec §4.5): longer than 16 characters, its first 8,
/// `…` and its last 4; otherwise `****`. Surrounding whitespace is not counted.
///
/// ```swift
/// maskSecret("sk-ant-api03-abcdefghijklmnop")  // "sk-ant-a…mnop"
/// maskSecret("short-key")                      // "****"
/// ```
public func maskSecret(_ secret: String) -> String {
  let secret = secret.trimmingSpaces()
  guard secret.count > 16 else { return "****" }
  return "\(secret.prefix(8))…\(secret.suffix(4))"
}
