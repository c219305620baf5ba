import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct OperatorMessagesTests {
    @Test(arguments: Language.allCases)
    func hasEveryOperatorMessageWithItsArguments(_ language: Language) throws {
      let catalog = try OperatorContext.catalog(language)
      for id in OperatorMessageID.allCases {
        #expect(catalog.arguments(of: id.rawValue) == id.arguments, "\(language.rawValue): \(id.rawValue)")
      }
    }

    @Test(arguments: Language.allCases)
    func hasNoMessageTheCodeDoesNotUse(_ language: Language) throws {
      let catalog = try OperatorContext.catalog(language)
      let used = Set(OperatorMessageID.allCases.map(\.rawValue) + MessageID.allCases.map(\.rawValue))
      #expect(catalog.ids.subtracting(used).sorted() == [])
    }

    /// A bridge embedding ModelPin ships none of the operator's messages.
    @Test(arguments: Language.allCases)
    func leavesTheOperatorsMessagesOutOfTheLibrarysCatalog(_ language: Language) throws {
      let library = try MessageCatalog.load(language)
      #expect(OperatorMessageID.allCases.filter { library.ids.contains($0.rawValue) } == [])
      #expect(try OperatorContext.catalog(language).text(.cliDoctorFoundOne) != "cli.doctor.found_one")
    }
  }
}
