import SessionState
import Testing

@testable import ModelPin

/// The route of spec §4.4 as a value, and the auto pin it sets, rotates or drops.
@Suite struct PinStateRouteTests {
  typealias F = RoutingFixture

  @Test func aSessionWithoutPinsTakesTheFirstOfTheOrderAsAnAutoPin() throws {
    var pins = PinState(own: F.pins(), parent: nil)
    let route = pins.route(try RoutingFixture().facts())
    #expect(route.ref == "anthropic/claude-opus-4-6")
    #expect(route.modelSource == .default)
    #expect(route.profile == "anthropic:work" && route.profileSource == .auto && route.credential == .profile)
    #expect(pins.own == F.pins(nil, "anthropic:work", .auto))
  }

  @Test func aCoolingAutoPinRotatesToTheNextUsableProfile() throws {
    var fixture = try RoutingFixture()
    try fixture.record(.rateLimit, for: "anthropic:work")
    var pins = PinState(own: F.pins(nil, "anthropic:work", .auto), parent: nil)
    let route = pins.route(fixture.facts())
    #expect(route.profile == "anthropic:personal" && !route.cooling)
    #expect(pins.own == F.pins(nil, "anthropic:personal", .auto))
  }

  @Test func aCoolingUserPinIsKeptAndSaysUntilWhen() throws {
    var fixture = try RoutingFixture()
    try fixture.record(.rateLimit, for: "anthropic:personal")
    var pins = PinState(own: F.pins(nil, "anthropic:personal", .user), parent: nil)
    let route = pins.route(fixture.facts())
    #expect(route.profile == "anthropic:personal" && route.profileSource == .user)
    #expect(route.cooling && route.usableAt.map { $0 > F.now } == true)
    #expect(pins.own == F.pins(nil, "anthropic:personal", .user))
  }

  @Test func aProviderWithoutProfilesDropsTheAutoPinAndFallsBack() throws {
    let facts = try RoutingFixture().facts()
    var pins = PinState(own: F.pins("openrouter/@preset/kimi", "anthropic:work", .auto), parent: nil)
    let route = pins.route(facts)
    #expect(route.provider == "openrouter")
    #expect(route.profile == nil && route.credential == nil)
    #expect(pins.own == F.pins("openrouter/@preset/kimi"))
  }

  @Test func aThreadRoutesOnItsParentsModelAndUserPin() throws {
    var pins = PinState(own: F.pins(), parent: F.pins("anthropic/claude-haiku-4-5", "anthropic:personal", .user))
    let route = pins.route(try RoutingFixture().facts())
    #expect(route.ref == "anthropic/claude-haiku-4-5" && route.modelSource == .pin)
    #expect(route.profile == "anthropic:personal" && route.profileSource == .user)
    #expect(pins.own == F.pins(), "an inherited pin is not copied into the thread")
  }
}
