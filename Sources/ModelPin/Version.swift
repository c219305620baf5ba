/// modelpin's release, printed by `modelpin --version` and reported to bridges that ask.
public enum ModelPinVersion {
  /// The version of this build, in semantic versioning: `0.2.0` is the second round of the spec.
  public static let current = "0.2.0"
}
