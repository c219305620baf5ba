import AuthProfiles
import ModelCommand
import SafeText

extension Turn {
  /// Applies an outcome to the shared store and answers with what changed (spec §5.5).
  ///
  /// `recorded` is nil the first time; a turn handled again after its pins changed meanwhile
  /// finds the outcome applied already, and only routes and answers.
  mutating func record(_ report: OutcomeReport, once recorded: inout RecordedOutcome?) throws -> Reply {
    let routed = recorded?.profile ?? report.profile ?? route().profile
    let hint = report.message.flatMap {
      KnownProviderMessage.hint(for: $0, profile: routed, messages: messages, flags: workspace.stateFlags)
    }
    guard let id = routed else {
      let text = [messages.text(.outcomeNoProfile(result: report.result.rawValue)), hint].compactMap { $0 }
      return try reply(.outcome, text.joined(separator: "\n"), hint: hint)
    }
    guard store.profile(id) != nil else {
      let message = messages.sentences([
        messages.text(.errorUnknownProfile(profile: id)), messages.text(.errorSeeModelStatus),
      ])
      return try failure(.outcome, .unknownProfile, message)
    }
    if recorded == nil {
      // The outcome and the pin it rotates the session to are saved together (one transaction
      // on a database): an instance never sees one without the other.
      let settings = workspace.config.cooldowns
      let start = self
      var rotated = self
      try interpreter.auth.update(
        { store in try store.record(report.result, profile: id, now: now, settings: settings) },
        alongside: { changed in
          var attempt = start
          attempt.store = changed
          _ = attempt.route()
          if attempt.ownChanged { try attempt.saveOwnPins() }
          rotated = attempt
        })
      self = rotated
      recorded = RecordedOutcome(profile: id)
    }
    var recordedText = messages.text(.outcomeRecorded(result: report.result.rawValue, profile: id))
    if let usableAt = store.usableAt(id), usableAt > now {
      let wait = compactDuration(milliseconds: usableAt - now)
      recordedText = messages.text(.outcomeRecordedCooling(result: report.result.rawValue, profile: id, wait: wait))
    }
    // Where the session goes next, in words as well as in `route` (spec §6).
    let next = route()
    let text = messages.sentences([recordedText, nextRouteSentence(next)])
    let lines = [text, coolingUserPinHint(next), hint].compactMap { $0 }
    return try reply(.outcome, lines.joined(separator: "\n"), hint: hint, route: next)
  }

  /// `Next messages use anthropic:personal.`: the profile, or the other credential, of `route`.
  private func nextRouteSentence(_ route: Route) -> SafeText {
    let credential =
      route.credential == .profile && !route.cooling
      ? SafeText(escaping: route.profile ?? "") : messages.describeCredential(of: route, now: now)
    return messages.text(.outcomeNextRoute(credential: credential))
  }
}

/// An outcome applied to the auth state, so a turn handled again does not apply it twice.
struct RecordedOutcome {
  /// The profile it was recorded for.
  var profile: String
}

/// Provider error messages modelpin recognises, and the advice they call for.
enum KnownProviderMessage {
  /// Anthropic's answer to a Claude subscription token used as an API key.
  static let claudeCodeOnly =
    "This credential is only authorized for use with Claude Code and cannot be used for other API requests."

  /// The hint for a provider's error message, when it is a known one.
  static func hint(for message: String, profile: String?, messages: MessageCatalog, flags: StateFlags) -> SafeText? {
    guard message.contains(claudeCodeOnly) else { return nil }
    let command = SuggestedCommand.pasteToken(provider: "anthropic", profile: profile, flags: flags)
    return messages.text(.hintClaudeCodeOnly(profile: profile ?? "anthropic", command: command.description))
  }
}
