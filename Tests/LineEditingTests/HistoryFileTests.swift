import Foundation
import LineEditing
import ModelPinTestSupport
import StateFolder
import Testing

@Suite struct HistoryFileTests {
  @Test func readsBackWhatWasAppendedIncludingFullWidthSpaces() throws {
    let history = HistoryFile(path: try TemporaryFolder.make().path + "/history")
    for entry in ["/model sonnet", "／ｍｏｄｅｌ　ｌｉｓｔ", "你好 world"] { try history.append(entry) }
    #expect(try history.load() == ["/model sonnet", "／ｍｏｄｅｌ　ｌｉｓｔ", "你好 world"])
  }

  @Test func startsEmptyWhenThereIsNoFileYet() throws {
    #expect(try HistoryFile(path: try TemporaryFolder.make().path + "/history").load() == [])
  }

  @Test func createsAPrivateFolderAndFile() throws {
    let folder = try TemporaryFolder.make().path + "/state"
    try HistoryFile(path: folder + "/history").append("/model")
    #expect(StateFile.permissions(of: folder) == 0o700)
    #expect(StateFile.permissions(of: folder + "/history") == 0o600)
  }

  @Test func makesAnExistingFilePrivate() throws {
    let path = try TemporaryFolder.make().path + "/history"
    #expect(
      FileManager.default.createFile(
        atPath: path, contents: Data("hello\n".utf8), attributes: [.posixPermissions: 0o644]))
    try HistoryFile(path: path).append("/model")
    #expect(StateFile.permissions(of: path) == 0o600)
    #expect(try HistoryFile(path: path).load() == ["hello", "/model"])
  }

  @Test func keepsTheLatestEntriesAndTrimsALongFile() throws {
    let path = try TemporaryFolder.make().path + "/history"
    let history = HistoryFile(path: path, limit: 3)
    for number in 1...7 { try history.append("line \(number)") }
    #expect(try history.load() == ["line 5", "line 6", "line 7"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "line 5\nline 6\nline 7\n")
  }

  @Test func refusesASymbolicLinkInsteadOfWritingWhereItPoints() throws {
    let folder = try TemporaryFolder.make().path
    let target = folder + "/notes.txt"
    #expect(
      FileManager.default.createFile(
        atPath: target, contents: Data("mine\n".utf8), attributes: [.posixPermissions: 0o644]))
    for pointed in [target, folder + "/missing.txt"] {
      let history = HistoryFile(path: folder + "/history")
      try? FileManager.default.removeItem(atPath: history.path)
      try FileManager.default.createSymbolicLink(atPath: history.path, withDestinationPath: pointed)
      #expect { try history.append("/model") } throws: { "\($0)".contains("history: is a symbolic link") }
      #expect { try history.load() } throws: { "\($0)".contains("history: is a symbolic link") }
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine\n")
    #expect(StateFile.permissions(of: target) == 0o644)
    #expect(!FileManager.default.fileExists(atPath: folder + "/missing.txt"))
  }
}
