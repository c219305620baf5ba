import Foundation
import ModelPin
import ModelPinOperator
import ModelPinTestSupport
import Testing

extension OperatorTests {
  /// With colour on a terminal, status and auth list print raw only the colours they add: what
  /// they quote from the hostile state is escaped before colour wraps it (spec §3.5).
  @Suite struct StyledTextTests {
    /// The escape sequences of `text`, each up to its final byte.
    static func sequences(in text: String) -> Set<String> {
      var found: Set<String> = []
      var current: String?
      for scalar in text.unicodeScalars {
        if scalar == "\u{1B}" {
          current = "\u{1B}"
        } else if var sequence = current {
          sequence.unicodeScalars.append(scalar)
          current = sequence
          if (0x40...0x7E).contains(scalar.value), sequence.count > 2 {
            found.insert(sequence)
            current = nil
          }
        }
      }
      return found
    }

    @Test func colourWrapsOnlyEscapedText() throws {
      let home = try TemporaryFolder.make()
      let folder = try Fixtures.copyOfFolder("state/hostile", into: home)
      let context = try OperatorContext.load(
        WorkspaceOptions(stateFolder: folder.path), languageFlag: "en", processEnvironment: ["HOME": home.path],
        now: testNow)
      let store = try context.authStore()
      let style = TextStyle.decorated(colour: true)
      let texts = [
        StatusReport(context: context, store: store).text(in: context, style: style).string,
        AuthListing(context: context, store: store).text(in: context, style: style).string,
      ]
      let colours: Set<String> = ["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m"]
      for text in texts {
        #expect(Self.sequences(in: text).subtracting(colours) == [], "\(text.debugDescription)")
        #expect(text.contains(#"O\u{1B}[31mpus"#) || text.contains(#"anthropic:w\u{1B}[2Jork"#))
        #expect(!text.unicodeScalars.contains { $0 == "\u{7}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
        #expect(!text.contains("O\u{1B}[31mpus") && !text.contains("anthropic:w\u{1B}[2Jork"))
      }
    }
  }
}
