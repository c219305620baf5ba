import ModelCommand
import SafeText
import StateFolder

/// A `modelpin …` command that a message suggests, complete so that it can be pasted as it is:
/// it names the profile the situation needs and repeats the `--state-dir` and `--agent` in use
/// (spec §7.6). Commands are not translated, so they are built here rather than in the catalogs.
package struct SuggestedCommand: Sendable, Equatable, CustomStringConvertible {
  /// The words after `modelpin`, each already quoted for a shell.
  package var words: [String]

  package var description: String { (["modelpin"] + words).joined(separator: " ") }

  /// A command of these words, each already quoted for a shell.
  package init(words: [String]) {
    self.words = words
  }

  /// `modelpin auth paste-token --provider P [--profile-id ID]`.
  package static func pasteToken(provider: String, profile: String? = nil, flags: StateFlags) -> SuggestedCommand {
    var words = ["auth", "paste-token", "--provider", flags.quoted(provider)]
    if let profile { words += ["--profile-id", flags.quoted(profile)] }
    return SuggestedCommand(words: words + flags.words)
  }

  /// `modelpin auth order set --provider P ID…`.
  package static func setOrder(provider: String, profiles: [String], flags: StateFlags) -> SuggestedCommand {
    SuggestedCommand(
      words: ["auth", "order", "set", "--provider", flags.quoted(provider)] + profiles.map(flags.quoted) + flags.words)
  }

  /// `modelpin auth list`.
  package static func listAuth(flags: StateFlags) -> SuggestedCommand {
    SuggestedCommand(words: ["auth", "list"] + flags.words)
  }

  /// `modelpin sessions list`.
  package static func listSessions(flags: StateFlags) -> SuggestedCommand {
    SuggestedCommand(words: ["sessions", "list"] + flags.words)
  }
}

/// The `--state-dir` and `--agent` a command was given, which the commands it suggests repeat so
/// that they act on the same state. A folder found through the environment is not repeated: the
/// same environment finds it again.
package struct StateFlags: Sendable, Equatable {
  package var stateFolder: String?
  package var agent: String?
  /// The home folder, to write a state folder under it as `~/…`.
  package var home: String?

  package init(stateFolder: String? = nil, agent: String? = nil, home: String? = nil) {
    self.stateFolder = stateFolder
    self.agent = agent
    self.home = home
  }

  /// ` --state-dir X --agent A` as words, for the end of a command.
  package var words: [String] {
    var words: [String] = []
    if let stateFolder { words += ["--state-dir", quoted(stateFolder)] }
    if let agent { words += ["--agent", quoted(agent)] }
    return words
  }

  /// A word a shell reads back as `text`: the home folder shortened to `~` when nothing needs
  /// quoting, else single-quoted, or in bash's `$'…'` with `\x` and `\u` escapes when it holds a
  /// character that must not reach a terminal raw (a profile id holding a newline or an escape).
  package func quoted(_ text: String) -> String {
    if !DisplayCharacters.isPrintable(text) { return ansiCQuoted(text) }
    let short = StateLayout.abbreviatingHome(text, home: home)
    let checked = short.hasPrefix("~/") ? short.dropFirst(2) : Substring(short)
    let safe = checked.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "_-.,/:@%+=".unicodeScalars.contains(scalar))
    }
    if safe, !checked.isEmpty { return short }
    return "'" + text.replacing("'", with: "'\\''") + "'"
  }

  /// `$'…'`, every character that must not reach a terminal written as an escape.
  private func ansiCQuoted(_ text: String) -> String {
    var word = "$'"
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\", "'": word += "\\" + String(scalar)
      case _ where DisplayCharacters.isEscaped(scalar):
        // Padded: bash reads up to two digits after `\x` and four after `\u`.
        let isASCII = scalar.value < 0x80
        let hex = String(scalar.value, radix: 16, uppercase: true)
        word += (isASCII ? "\\x" : "\\u") + String(repeating: "0", count: max(0, (isASCII ? 2 : 4) - hex.count)) + hex
      default: word.unicodeScalars.append(scalar)
      }
    }
    return word + "'"
  }
}
