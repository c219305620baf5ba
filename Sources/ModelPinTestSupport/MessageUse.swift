import Foundation
import MessageNaming

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
    // Whole names only: `.cliDoctorFoundOne` does not use `cliDoctorFound`.
    let named = Set(sources.matches(of: /\.([A-Za-z_][A-Za-z0-9_]*)/).map { String($0.output.1) })
    return ids.filter { !named.contains(MessageNaming.constructorName(of: $0)) }.sorted()
  }
}
