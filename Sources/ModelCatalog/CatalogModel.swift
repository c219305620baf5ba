/// A model a user can pick, with what the list shows about it (spec §4.5).
public struct CatalogModel: Sendable, Equatable {
  /// The model.
  public var ref: ModelRef
  /// Its display name (`Claude Opus 4.6`), from the config or the built-in catalog.
  public var name: String?
  /// Its aliases, as written, in the order they were configured.
  public var aliases: [String]
  /// Whether it is the default model of the agent.
  public var isDefault: Bool

  /// A model with its name, aliases and whether it is the default.
  public init(ref: ModelRef, name: String? = nil, aliases: [String] = [], isDefault: Bool = false) {
    self.ref = ref
    self.name = name
    self.aliases = aliases
    self.isDefault = isDefault
  }
}
