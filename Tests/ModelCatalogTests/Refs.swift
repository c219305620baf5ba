import ModelCatalog

/// The ref of a `provider/model` key, for short expectations.
func ref(_ key: String) -> ModelRef {
  ModelRef.parse(key, defaultProvider: "none")!
}
