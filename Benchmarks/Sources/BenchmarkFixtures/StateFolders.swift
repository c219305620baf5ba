import Foundation

/// State folders for benchmarks: copies of the repository's fixtures in a scratch folder, never
/// the fixtures themselves (replay with `--persist` writes into its state folder).
public enum StateFolders {
  /// The repository's root: the folder above `Benchmarks/` that holds `fixtures/state`.
  public static let repositoryRoot: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("fixtures/state/basic").path) {
        return folder
      }
      folder.deleteLastPathComponent()
    }
    fatalError("no fixtures/state/basic above \(#filePath)")
  }()

  /// An empty scratch folder `modelpin-bench-<label>` under the system's temporary folder,
  /// emptied first when a previous run left it.
  public static func scratchFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("modelpin-bench-\(label)")
    remove(url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// `fixtures/state/basic` itself, for interpreters that only read it (pins in memory, the auth
  /// file as a snapshot).
  public static var basic: URL { repositoryRoot.appendingPathComponent("fixtures/state/basic") }

  /// A copy of `fixtures/state/basic` (the config and auth profiles of the golden transcripts)
  /// inside `folder`, with the modes modelpin asks for, so that no start-up warns.
  public static func copyOfBasic(in folder: URL, name: String = "state") throws -> URL {
    let destination = folder.appendingPathComponent(name)
    try FileManager.default.copyItem(at: basic, to: destination)
    try makePrivate(destination)
    return destination
  }

  /// A copy of the basic state whose `anthropic` provider has ten profiles in the store's order,
  /// the first two cooling down at `now` (Unix ms): routing then reorders and skips them.
  public static func tenProfileState(in folder: URL, now: Int64) throws -> URL {
    let state = try copyOfBasic(in: folder, name: "ten-profiles")
    let ids = (0..<10).map { "anthropic:p\($0)" }
    let profiles = ids.enumerated().map { index, id in
      #""\#(id)": {"type": "api_key", "provider": "anthropic", "key": "sk-ant-api03-BENCH\#(index)-000000000000000000"}"#
    }
    let cooling = ids.prefix(2).enumerated().map { index, id in
      #""\#(id)": {"cooldownUntil": \#(now + 60_000 * Int64(index + 1)), "errorCount": 1}"#
    }
    let text = """
      {
        "version": 1,
        "profiles": { \(profiles.joined(separator: ",\n    ")) },
        "order": { "anthropic": [\(ids.map { "\"\($0)\"" }.joined(separator: ", "))] },
        "usageStats": { \(cooling.joined(separator: ", ")) }
      }
      """
    let file = state.appendingPathComponent("agents/main/agent/auth-profiles.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    // The rest of the copy is private already; the file written anew is not.
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    return state
  }

  /// A copy of the basic state at `destination` whose config allowlists `models` generated models
  /// (`LargeAllowlist.config`) and nothing else, with the modes modelpin asks for: the state of the
  /// start-up figure at 10,000 models.
  public static func largeAllowlistState(at destination: URL, models: Int) throws {
    try FileManager.default.copyItem(at: basic, to: destination)
    try LargeAllowlist.config(models: models).write(
      to: destination.appendingPathComponent("openclaw.json"), atomically: true, encoding: .utf8)
    try makePrivate(destination)
  }

  /// Gives a state folder the modes modelpin asks for: 0700 for folders, 0600 for files.
  static func makePrivate(_ destination: URL) throws {
    let files = FileManager.default.enumerator(at: destination, includingPropertiesForKeys: [.isDirectoryKey])
    var modes = [(destination.path, 0o700)]
    while let url = files?.nextObject() as? URL {
      let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
      modes.append((url.path, isFolder ? 0o700 : 0o600))
    }
    for (path, mode) in modes {
      try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }
  }

  /// Removes a scratch folder and everything in it.
  public static func remove(_ folder: URL) {
    try? FileManager.default.removeItem(at: folder)
  }
}
