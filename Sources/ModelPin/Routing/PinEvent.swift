import ModelCatalog

/// What a pin rule did that the user is told about (spec §4.3). The rules return events; the
/// views put them into words, in the reply's language.
enum PinEvent: Equatable {
  /// A stored model pin that is no longer selectable was dropped.
  case modelPinDropped(model: String)
  /// A stored user profile pin whose profile is gone was dropped.
  case profilePinGone(profile: String, provider: String)
  /// A stored user profile pin of another provider than the routed model's was dropped.
  case profilePinOfOtherProvider(profile: String, provider: String)
  /// The model pin was set.
  case modelSet(ModelRef)
  /// The default model was selected: no model pin.
  case modelReset(ModelRef)
  /// `@profile`: a user profile pin was set.
  case profileSet(profile: String)
  /// `@auto`: the profile pin was dropped, so the route chooses.
  case profileChosenAutomatically
  /// The user profile pin was kept across a switch within its provider.
  case profileKept(profile: String)
  /// The user profile pin was dropped by a switch to another provider.
  case profileDroppedForProvider(profile: String, provider: String?, newProvider: String)
  /// `/model default`: the user profile pin was dropped with the model pin.
  case profilePinReset(profile: String)
}
