import Foundation

/// Errors that make a test fail loudly instead of silently testing nothing.
public struct FixtureError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}

/// Reads fixtures under `fixtures/`; a missing file or an empty folder is an error.
public enum Fixtures {
  /// The URL of `fixtures/<relativePath>`, which must exist.
  public static func url(_ relativePath: String) throws -> URL {
    let url = PackageRoot.url("fixtures/\(relativePath)")
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw FixtureError("missing fixture fixtures/\(relativePath)")
    }
    return url
  }

  /// The text of `fixtures/<relativePath>`.
  public static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: url(relativePath), encoding: .utf8)
  }

  /// The files of `fixtures/<folder>` whose names end with `suffix`, sorted; fails when there are none.
  public static func files(in folder: String, suffix: String) throws -> [URL] {
    let folderURL = try url(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
      .filter { $0.hasSuffix(suffix) }
      .sorted()
    guard !names.isEmpty else {
      throw FixtureError("no *\(suffix) files in fixtures/\(folder)")
    }
    return names.map { folderURL.appendingPathComponent($0) }
  }

  /// Copies `fixtures/<relativePath>` (a folder) into `folder` (default: a new temporary
  /// folder) and returns the copy's path.
  public static func copyOfFolder(_ relativePath: String, into folder: URL? = nil) throws -> URL {
    let source = try url(relativePath)
    let destination = try (folder ?? TemporaryFolder.make()).appendingPathComponent(source.lastPathComponent)
    try FileManager.default.copyItem(at: source, to: destination)
    return destination
  }
}

/// Fresh temporary folders for tests.
public enum TemporaryFolder {
  /// Creates a new, empty folder under the system's temporary folder.
  public static func make() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("modelpin-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
