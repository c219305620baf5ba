import AuthProfiles
import ModelCommand
import SafeText

extension MessageCatalog {
  /// A route in words, `Sonnet (anthropic/claude-sonnet-4-5) · anthropic:work (user)`; a cooling
  /// profile says when it is ready, counted from `now`.
  package func describe(_ route: Route, now: Int64) -> SafeText {
    let ref = SafeText(escaping: route.ref)
    let model = route.alias.map { text(.modelWithAlias(alias: $0, model: ref)) } ?? ref
    return text(.routeSummary(model: model, credential: describeCredential(of: route, now: now)))
  }

  /// The credential of a route in words, `anthropic:work (user)`; a cooling profile says when it
  /// is ready, counted from `now`.
  func describeCredential(of route: Route, now: Int64) -> SafeText {
    switch route.credential {
    case .profile:
      let profile = route.profile ?? ""
      let source = text(route.profileSource == .user ? .sourceUser : .sourceAuto)
      guard route.cooling, let usableAt = route.usableAt else {
        return text(.credentialProfile(profile: profile, source: source))
      }
      return text(
        .credentialProfileCooling(
          profile: profile, source: source, wait: compactDuration(milliseconds: max(0, usableAt - now))))
    case .environment(let variable):
      return text(.credentialEnvironment(variable: variable))
    case .config:
      return text(.credentialConfig)
    case nil:
      return text(.credentialNone)
    }
  }
}
