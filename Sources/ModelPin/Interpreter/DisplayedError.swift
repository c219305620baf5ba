import SafeText

/// An error whose description is safe to print on a terminal: the control, bidi and invisible
/// characters it quotes from config or state files (an alias, a key, a path) are escaped (spec §3.5).
///
/// ```swift
/// do { workspace = try Workspace.load(options, processEnvironment: environment) }
/// catch { throw DisplayedError(error) }  // "alias \"x\u{1B}[2J\" is given to both …"
/// ```
package struct DisplayedError: Error, CustomStringConvertible {
  /// The error as it was thrown.
  package let underlying: any Error

  package init(_ error: any Error) {
    self.underlying = error
  }

  /// The error's description, escaped on one line.
  package var description: String { SafeText(escaping: String(describing: underlying)).string }
}
