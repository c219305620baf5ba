import ModelPin
import ModelPinOperator
import ModelPinTestSupport
import Testing

extension OperatorTests {
  @Suite struct OperatorMessagesTests {
    /// The operator's English catalog declares its messages; every language has each of them with
    /// the same placeholders.
    @Test(arguments: Language.allCases)
    func hasEveryEnglishOperatorMessageWithItsArguments(_ language: Language) throws {
      let english = try OperatorContext.catalog(.english)
      let catalog = try OperatorContext.catalog(language)
      #expect(catalog.ids == english.ids)
      for id in english.ids {
        #expect(catalog.arguments(of: id) == english.arguments(of: id), "\(language.rawValue): \(id)")
      }
    }

    @Test func hasNoMessageTheCodeDoesNotUse() throws {
      let ids = try OperatorContext.catalog(.english).ids.subtracting(MessageCatalog.load(.english).ids)
      #expect(try MessageUse.unused(ids, in: ["Sources/ModelPinOperator", "Sources/modelpin"]) == [])
    }

    /// A bridge embedding ModelPin ships none of the operator's messages.
    @Test(arguments: Language.allCases)
    func leavesTheOperatorsMessagesOutOfTheLibrarysCatalog(_ language: Language) throws {
      let library = try MessageCatalog.load(language)
      #expect(library.ids.filter { $0.hasPrefix("cli.") } == ["cli.warning"])
      #expect(try OperatorContext.catalog(language).text(.cliDoctorFoundOne) != "cli.doctor.found_one")
    }
  }
}
