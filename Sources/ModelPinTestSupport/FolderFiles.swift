import Foundation

extension URL {
  /// The text of the file at `relativePath` in this folder, or nil when it does not exist.
  public func textOfFile(_ relativePath: String) -> String? {
    try? String(contentsOf: appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// Writes `text` to the file at `relativePath` in this folder, creating its folders.
  public func writeFile(_ text: String, to relativePath: String) throws {
    let url = appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }
}
