import ModelCatalog
import ModelPinTestSupport
import StateFolder

/// Selections of the built-in catalog under the configs of `fixtures/catalog/`.
enum Selections {
  /// The selection of `agent` under `fixtures/catalog/<fixture>`.
  static func from(_ fixture: String, agent: String = "main") throws -> ModelSelection {
    let path = "catalog/\(fixture)"
    let config = try ConfigLoader.parse(Array(Fixtures.text(path).utf8), path: path)
    return ModelSelection(catalog: try BuiltInCatalog.load(), config: config, agent: agent)
  }

  /// The selection with no config at all: the built-in catalog alone.
  static func builtIn() throws -> ModelSelection {
    ModelSelection(catalog: try BuiltInCatalog.load(), config: Config(), agent: "main")
  }

  /// The selection of a config given as JSON5 text.
  static func from(json5 text: String, agent: String = "main") throws -> ModelSelection {
    let config = try ConfigLoader.parse(Array(text.utf8), path: "test.json5")
    return ModelSelection(catalog: try BuiltInCatalog.load(), config: config, agent: agent)
  }
}
