import ArgumentParser
import ModelPin
import ModelPinOperator

/// What the shell completes for the options that name something in the state: read by the
/// library from the state the command line names.
extension CompletionKind {
  /// Providers with a selectable model or a stored profile.
  static var providers: CompletionKind {
    .custom { words, _, _ in completions(words).providers() }
  }

  /// Stored profile ids.
  static var profiles: CompletionKind {
    .custom { words, _, _ in completions(words).profiles() }
  }

  /// Session keys with pins, in the store `--sessions` names.
  static var sessionKeys: CompletionKind {
    .custom { words, _, _ in
      let store = words.firstIndex(of: "--sessions").flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil }
      return completions(words).sessions(storeName: store)
    }
  }

  private static func completions(_ words: [String]) -> ShellCompletions {
    ShellCompletions(words: words, environment: ProcessEnvironment.current)
  }
}
