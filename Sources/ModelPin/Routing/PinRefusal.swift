/// Why `@profile` may not be pinned for a model: the checks of spec §4.3, in their order.
enum PinRefusal: Equatable {
  /// No profile has this id.
  case unknownProfile
  /// The profile belongs to another provider than the model's.
  case otherProvider(profileProvider: String)
  /// The provider has an explicit order that leaves the profile out.
  case notInOrder(order: [String])
  /// The profile's token has expired.
  case expired
}
