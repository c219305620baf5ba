import Foundation
import StateFolder

/// The models modelpin knows without any config (spec §2), read from the data file
/// `Resources/catalog.json`.
///
/// The file holds `defaultModel` (a ref), `aliases` (`{"Opus": "anthropic/claude-opus-4-6"}`) and
/// `providers`: `[{name, displayName?, api?, endpoint?, models: [{id, name?}]}]`.
public struct BuiltInCatalog: Sendable {
  /// The model used when the config names none: `anthropic/claude-opus-4-6`.
  public var defaultModel: ModelRef
  /// The providers, in file order.
  public var providers: [ProviderInfo]
  /// The models, in file order, with their built-in aliases and the default marked.
  public var models: [CatalogModel]
  /// The built-in aliases, in file order; a configured allowlist replaces them.
  public var aliases: [ModelAlias]

  /// Reads the catalog bundled with the module.
  public static func load() throws(CatalogError) -> BuiltInCatalog {
    guard let url = Bundle.module.url(forResource: "catalog", withExtension: "json") else {
      throw .missingResource
    }
    let bytes: [UInt8]?
    do {
      bytes = try StateFile.read(url.path)
    } catch {
      throw .unreadable(error)
    }
    guard let bytes else { throw .missingResource }
    return try BuiltInCatalog(json: bytes)
  }

  /// Reads a catalog from JSON text in the format of `catalog.json`.
  public init(json bytes: [UInt8]) throws(CatalogError) {
    let document: JSONValue
    do {
      document = try JSONValue.parse(utf8: bytes)
    } catch {
      throw .unparsable(error)
    }
    guard let root = document.objectValue else { throw .invalidValue(key: "the top level", expected: "an object") }

    providers = []
    var entries: [(ref: ModelRef, name: String?)] = []
    var known: Set<ModelRef> = []
    guard let providerValues = root["providers"]?.arrayValue else {
      throw .invalidValue(key: "providers", expected: "an array")
    }
    for (index, value) in providerValues.enumerated() {
      let key = "providers[\(index)]"
      guard let name = value["name"]?.stringValue, !name.isEmpty else {
        throw .invalidValue(key: "\(key).name", expected: "a provider name")
      }
      providers.append(
        ProviderInfo(
          name: name,
          displayName: try Self.optionalString(value["displayName"], "\(key).displayName"),
          defaultEndpoint: try Self.optionalString(value["endpoint"], "\(key).endpoint"),
          api: try Self.optionalString(value["api"], "\(key).api")))
      guard let modelValues = value["models"]?.arrayValue else {
        throw .invalidValue(key: "\(key).models", expected: "an array")
      }
      for (modelIndex, model) in modelValues.enumerated() {
        let modelKey = "\(key).models[\(modelIndex)]"
        guard let id = model["id"]?.stringValue, !id.isEmpty else {
          throw .invalidValue(key: "\(modelKey).id", expected: "a model id")
        }
        let ref = ModelRef(provider: name, model: id)
        guard known.insert(ref).inserted else {
          throw .invalidValue(key: "\(modelKey).id", expected: "a model not listed twice")
        }
        entries.append((ref, try Self.optionalString(model["name"], "\(modelKey).name")))
      }
    }

    guard let defaultText = root["defaultModel"]?.stringValue, defaultText.contains("/"),
      let defaultModel = ModelRef.parse(defaultText, defaultProvider: ""), known.contains(defaultModel)
    else {
      throw .invalidValue(key: "defaultModel", expected: "the provider/model ref of a model of the catalog")
    }
    self.defaultModel = defaultModel

    var aliases: [ModelAlias] = []
    var aliasOwners: Set<String> = []
    for (name, value) in (root["aliases"]?.objectValue ?? JSONObject()).members {
      guard let text = value.stringValue, let ref = ModelRef.parse(text, defaultProvider: ""), known.contains(ref)
      else {
        throw .invalidValue(key: "aliases.\(name)", expected: "the provider/model ref of a model of the catalog")
      }
      guard aliasOwners.insert(name.lowercased()).inserted else {
        throw .invalidValue(key: "aliases.\(name)", expected: "an alias not given twice (ignoring case)")
      }
      aliases.append(ModelAlias(name: name, ref: ref))
    }

    self.aliases = aliases
    models = entries.map { entry in
      CatalogModel(
        ref: entry.ref, name: entry.name,
        aliases: aliases.filter { $0.ref == entry.ref }.map(\.name),
        isDefault: entry.ref == defaultModel)
    }
  }

  private static func optionalString(_ value: JSONValue?, _ key: String) throws(CatalogError) -> String? {
    guard let value else { return nil }
    guard let string = value.stringValue else { throw .invalidValue(key: key, expected: "a string") }
    return string
  }
}
