import Foundation

/// Locates files of the package (fixtures, grammars) from the test sources, not the working directory.
public enum PackageRoot {
  /// The package root: the nearest folder above this file that holds `Package.swift`.
  public static let url: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        return folder
      }
      folder.deleteLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
  }()

  /// A file or folder under the package root, e.g. `fixtures/transcripts`.
  public static func url(_ relativePath: String) -> URL {
    url.appendingPathComponent(relativePath)
  }
}
