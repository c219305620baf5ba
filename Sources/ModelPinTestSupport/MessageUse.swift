import Foundation

/// Which messages of a catalog the code names: a message is declared by its English template, and
/// the compiler checks each use, but only a search finds one no code uses.
public enum MessageUse {
  /// The ids whose constructor (`select.model_set` → `.selectModelSet`, as `MessageConstructors`
  /// names them) no Swift file under `folders` (relative to the package) names.
  public static func unused(_ ids: Set<String>, in folders: [String]) throws -> [String] {
    var sources = ""
    for folder in folders {
      let files = FileManager.default.enumerator(at: PackageRoot.url(folder), includingPropertiesForKeys: nil)
      while let file = files?.nextObject() as? URL {
        if file.pathExtension == "swift" { sources += try String(contentsOf: file, encoding: .utf8) }
      }
    }
    return ids.filter { !sources.contains("." + constructorName($0)) }.sorted()
  }

  /// `select.model_set` → `selectModelSet`, `secret.file_not_json` → `secretFileNotJSON`.
  static func constructorName(_ id: String) -> String {
    let words = id.split(whereSeparator: { $0 == "." || $0 == "_" }).map(String.init)
    let rest = words.dropFirst().map {
      ["json", "jsonl", "utf8"].contains($0) ? $0.uppercased() : $0.prefix(1).uppercased() + $0.dropFirst()
    }
    return words[0] + rest.joined()
  }
}
