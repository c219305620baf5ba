import ModelPin
import ModelPinOperator
import Testing

extension OperatorTests {
  @Suite struct AuthListingTests {
    private let profiles = """
      {"anthropic:work": {"type": "api_key", "provider": "anthropic", "key": "sk-ant-api03-0000000000000000"},
       "anthropic:spare": {"type": "api_key", "provider": "anthropic", "key": "sk-ant-api03-1111111111111111"},
       "openai:default": {"type": "api_key", "provider": "openai", "key": "sk-proj-2222222222222222222"},
       "weird:one": {"type": "password", "provider": "weird"}}
      """

    private func listing(order: String = "{}", config: String? = nil) throws -> (AuthListing, OperatorContext) {
      let state = try OperatorState(config: config, auth: authFile(profiles: profiles, order: order))
      let context = try state.context()
      return (AuthListing(context: context, store: try context.authStore()), context)
    }

    @Test func groupsProfilesByProviderInListOrder() throws {
      let (listing, _) = try listing()
      #expect(listing.providers.map(\.provider) == ["anthropic", "openai"])
      #expect(listing.providers.first?.orderSource == .automatic)
    }

    @Test func numbersProfilesByTheirPlaceInTheOrder() throws {
      let (listing, context) = try listing(order: #"{"anthropic": ["anthropic:work"]}"#)
      let anthropic = try #require(listing.providers.first)
      #expect(anthropic.orderSource == .store)
      #expect(anthropic.profiles.map(\.position) == [1, nil])
      let text = listing.text(in: context, style: .plain)
      #expect(text.contains("  1. anthropic:work=sk-ant-a…0000 (next)"))
      #expect(text.contains("  -  anthropic:spare=sk-ant-a…1111 (not in the order)"))
    }

    @Test func namesTheConfigAsTheSourceOfItsOrder() throws {
      let (listing, _) = try listing(config: #"{auth: {order: {anthropic: ["anthropic:spare"]}}}"#)
      #expect(listing.providers.first?.orderSource == .config)
      #expect(listing.providers.first?.order == ["anthropic:spare"])
    }

    @Test func reportsSkippedProfiles() throws {
      let (listing, context) = try listing()
      #expect(listing.skipped.map(\.profile) == ["weird:one"])
      #expect(
        listing.skipped.first?.text(context.messages)
          == #"profile weird:one has the unknown type "password"; modelpin skips it"#)
    }

    @Test func saysHowToAddAProfileWhenThereIsNone() throws {
      let state = try OperatorState()
      let context = try state.context()
      let text = AuthListing(context: context, store: try context.authStore()).text(in: context, style: .plain)
      #expect(text.hasPrefix("No auth profiles in ~/state/agents/main/agent/auth-profiles.json."))
    }
  }
}
