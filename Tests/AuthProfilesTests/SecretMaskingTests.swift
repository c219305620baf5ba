import AuthProfiles
import Testing

@Suite struct SecretMaskingTests {
  @Test func showsTheFirst8AndLast4CharactersOfASecretLongerThan16() {
    #expect(maskSecret("sk-ant-api03-work-0123456789abcdefWXYZ") == "sk-ant-a…WXYZ")
    #expect(maskSecret("12345678901234567") == "12345678…4567")
  }

  @Test func hidesASecretOf16CharactersOrFewerEntirely() {
    #expect(maskSecret("1234567890123456") == "****")
    #expect(maskSecret("k") == "****")
    #expect(maskSecret("") == "****")
  }

  @Test func ignoresWhitespaceAroundTheSecret() {
    #expect(maskSecret("  1234567890123456\n") == "****")
    #expect(maskSecret("sk-proj-default-aaaabbbbccccdddd\n") == "sk-proj-…dddd")
  }
}
