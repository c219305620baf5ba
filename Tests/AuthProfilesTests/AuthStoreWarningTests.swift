import AuthProfiles
import Testing

@Suite struct AuthStoreWarningTests {
  @Test func namesTheProfileAndWhyItWasSkipped() throws {
    let store = try TestStores.make(
      profiles:
        #"{"a:1": [], "a:2": {"provider": "a"}, "a:3": {"type": "magic", "provider": "a"}, "a:4": {"type": "token"}}"#
    )
    #expect(
      store.warnings.map(\.description) == [
        "profile a:1 is not an object; skipped",
        "profile a:2 has no type; skipped",
        "profile a:3 has an unknown type \"magic\"; skipped",
        "profile a:4 has no provider; skipped",
      ])
  }
}
