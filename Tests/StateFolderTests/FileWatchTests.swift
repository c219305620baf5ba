import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// `FileWatch` may say a file changed when it did not, never the reverse: a `serve` that trusted a
/// wrong "unchanged" would answer with an old config or old credentials.
@Suite struct FileWatchTests {
  /// A folder with `config.json` in it, and a watch of it and of a missing `.env` that has begun.
  private func watched() throws -> (folder: URL, config: URL, watch: FileWatch) {
    let folder = try TemporaryFolder.make()
    let config = folder.appendingPathComponent("config.json")
    try "{}".write(to: config, atomically: true, encoding: .utf8)
    let watch = FileWatch(paths: [config.path, folder.appendingPathComponent(".env").path])
    #expect(watch.mayHaveChanged(), "the first look knows nothing of what came before")
    return (folder, config, watch)
  }

  private func overwriteInPlace(_ url: URL, with text: String) throws {
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  @Test func seesEveryKindOfChangeOnce() throws {
    let (folder, config, watch) = try watched()
    #if os(Linux)
      #expect(!watch.mayHaveChanged())
    #endif
    try overwriteInPlace(config, with: #"{"a": 1}"#)
    #expect(watch.mayHaveChanged(), "an edit in place")
    #if os(Linux)
      #expect(!watch.mayHaveChanged())
    #endif
    try #"{"a": 2}"#.write(to: config, atomically: true, encoding: .utf8)
    #expect(watch.mayHaveChanged(), "a new file renamed into place")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
    #expect(watch.mayHaveChanged(), "a change of mode")
    try "KEY=value\n".write(to: folder.appendingPathComponent(".env"), atomically: false, encoding: .utf8)
    #expect(watch.mayHaveChanged(), "a file that appears")
    try FileManager.default.removeItem(at: config)
    #expect(watch.mayHaveChanged(), "a file removed")
  }

  #if os(Linux)
    @Test func otherFilesOfTheFolderAreNotChanges() throws {
      let (folder, _, watch) = try watched()
      try "{}".write(to: folder.appendingPathComponent("sessions.json"), atomically: true, encoding: .utf8)
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("agents"), withIntermediateDirectories: true)
      #expect(!watch.mayHaveChanged())
    }
  #endif

  @Test func aFileWithAnotherNameIsAlwaysLookedAt() throws {
    let (folder, config, watch) = try watched()
    try FileManager.default.linkItem(at: config, to: folder.appendingPathComponent("other-name.json"))
    #expect(watch.mayHaveChanged(), "the new name")
    // Edits through the other name would reach no event of this folder.
    #expect(watch.mayHaveChanged())
    #expect(watch.mayHaveChanged())
  }

  @Test func aLinkedFileIsAlwaysLookedAt() throws {
    let folder = try TemporaryFolder.make()
    let target = folder.appendingPathComponent("elsewhere/config.json")
    try folder.writeFile("{}", to: "elsewhere/config.json")
    let link = folder.appendingPathComponent("config.json")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let watch = FileWatch(paths: [link.path])
    for _ in 0..<3 { #expect(watch.mayHaveChanged()) }
  }

  @Test func aFolderReachedThroughALinkIsAlwaysLookedAt() throws {
    let folder = try TemporaryFolder.make()
    try folder.writeFile("{}", to: "real/config.json")
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("state"), withDestinationURL: folder.appendingPathComponent("real"))
    let watch = FileWatch(paths: [folder.appendingPathComponent("state/config.json").path])
    for _ in 0..<3 { #expect(watch.mayHaveChanged()) }
  }

  @Test func aMissingFolderIsAlwaysLookedAt() throws {
    let watch = FileWatch(paths: ["/nonexistent/modelpin/config.json"])
    for _ in 0..<3 { #expect(watch.mayHaveChanged()) }
  }

  @Test func aRemovedFolderEndsTheWatch() throws {
    let (folder, _, watch) = try watched()
    try FileManager.default.removeItem(at: folder)
    #expect(watch.mayHaveChanged())
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "{}".write(to: folder.appendingPathComponent("config.json"), atomically: false, encoding: .utf8)
    #expect(watch.mayHaveChanged(), "the new folder is not watched: every look says yes")
    #expect(watch.mayHaveChanged())
  }
}
