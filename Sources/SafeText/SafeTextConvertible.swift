/// What a message's argument may be: text from outside (`String`, `Substring`), escaped when the
/// catalog fills its template in, or `SafeText`, taken as it is.
public protocol SafeTextConvertible: Sendable {
  /// This as safe text: escaped on one line, unless it is safe already.
  var safeText: SafeText { get }
}

extension String: SafeTextConvertible {
  public var safeText: SafeText { SafeText(escaping: self) }
}

extension Substring: SafeTextConvertible {
  public var safeText: SafeText { SafeText(escaping: self) }
}

extension SafeText: SafeTextConvertible {
  public var safeText: SafeText { self }
}
