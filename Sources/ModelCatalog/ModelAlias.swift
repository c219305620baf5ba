/// A short name for a model: `Opus` for `anthropic/claude-opus-4-6` (spec §1); matched case-insensitively.
public struct ModelAlias: Sendable, Equatable {
  /// The alias as written, which is how it is shown: `Opus`, `GPT`.
  public var name: String
  /// The model it names.
  public var ref: ModelRef

  /// An alias `name` for `ref`.
  public init(name: String, ref: ModelRef) {
    self.name = name
    self.ref = ref
  }
}
