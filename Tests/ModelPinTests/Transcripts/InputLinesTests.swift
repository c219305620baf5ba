import Foundation
import ModelPin
import Testing

@Suite struct InputLinesTests {
  private func lines(of text: [UInt8], limit: Int = 16) throws -> [InputLine] {
    let pipe = Pipe()
    let writer = Thread {
      pipe.fileHandleForWriting.write(Data(text))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    return Array(InputLines(descriptor: pipe.fileHandleForReading.fileDescriptor, limit: limit))
  }

  @Test func numbersLinesAndDropsLineBreaks() throws {
    let result = try lines(of: Array("a\r\n\nb\nlast".utf8))
    #expect(result.map(\.number) == [1, 2, 3, 4])
    #expect(result.map(\.content) == [.bytes([97]), .bytes([]), .bytes([98]), .bytes(Array("last".utf8))])
  }

  @Test func reportsOverlongLinesWithoutKeepingThem() throws {
    let long = [UInt8](repeating: 120, count: 200_000)
    let result = try lines(of: Array("ok\n".utf8) + long + Array("\nnext\n".utf8) + long)
    #expect(
      result.map(\.content) == [
        .bytes(Array("ok".utf8)), .tooLong(byteCount: 200_000), .bytes(Array("next".utf8)),
        .tooLong(byteCount: 200_000),
      ])
    #expect(result.map(\.number) == [1, 2, 3, 4])
  }

  @Test func passesInvalidUTF8Through() throws {
    let result = try lines(of: [0xFF, 0xFE, 10])
    #expect(result.map(\.content) == [.bytes([0xFF, 0xFE])])
  }

  @Test func tellsWhetherTheNextLineIsReadAlready() throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("a\nb\nc".utf8))
    let lines = InputLines(descriptor: pipe.fileHandleForReading.fileDescriptor, limit: 16)
    #expect(lines.next()?.content == .bytes([97]))
    #expect(lines.hasBufferedLine)
    #expect(lines.next()?.content == .bytes([98]))
    #expect(!lines.hasBufferedLine)
    try pipe.fileHandleForWriting.close()
    #expect(lines.next()?.content == .bytes([99]))
    #expect(lines.hasBufferedLine)
    #expect(lines.next() == nil)
  }
}
