import ModelPin
import SessionState

/// Which sessions `modelpin sessions list` shows: `--model` and `--profile`, both when given.
public struct SessionFilter: Sendable, Equatable {
  /// A model ref (`anthropic/claude-sonnet-4-5`) or its id alone (`claude-sonnet-4-5`).
  public var model: String?
  /// A profile id (`anthropic:work`) or a provider (`anthropic`), for all of its profiles.
  public var profile: String?

  public init(model: String? = nil, profile: String? = nil) {
    self.model = model
    self.profile = profile
  }

  /// Whether the filter lets every session through.
  public var isEmpty: Bool { model == nil && profile == nil }

  /// Whether a session with these pins is shown.
  public func matches(_ pins: SessionPins) -> Bool {
    if let model {
      guard let pinned = pins.model, pinned == model || pinned.hasSuffix("/" + model) else { return false }
    }
    if let profile {
      guard let pinned = pins.profile, pinned == profile || pinned.hasPrefix(profile + ":") else { return false }
    }
    return true
  }

  /// `--model sonnet --profile anthropic`, as the user typed it.
  var flags: String {
    [model.map { "--model \($0)" }, profile.map { "--profile \($0)" }].compactMap { $0 }.joined(separator: " ")
  }
}
