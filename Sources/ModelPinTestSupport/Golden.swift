import Foundation

/// Compares text with a golden file under `fixtures/`; `RECORD_GOLDEN=1` rewrites the file instead.
public enum Golden {
  /// Whether this run re-records golden files (`RECORD_GOLDEN=1`).
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  }

  /// Returns nil when `actual` equals the golden file, else a description of the first difference.
  ///
  /// When recording, writes `actual` to the file and returns nil. A missing golden file is a
  /// difference unless recording.
  public static func difference(_ actual: String, goldenFile relativePath: String) throws -> String? {
    let url = PackageRoot.url("fixtures/\(relativePath)")
    if isRecording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return nil
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "missing golden file fixtures/\(relativePath) (run with RECORD_GOLDEN=1 to create it)"
    }
    return firstDifference(expected: expected, actual: actual, name: relativePath)
  }

  /// The first differing line of two texts, or nil when they are equal.
  public static func firstDifference(expected: String, actual: String, name: String) -> String? {
    guard expected != actual else { return nil }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
      let got = index < actualLines.count ? actualLines[index] : "<end of output>"
      if want != got {
        return "\(name):\(index + 1)\n  expected: \(want)\n  actual:   \(got)"
      }
    }
    return "\(name): texts differ"
  }
}
