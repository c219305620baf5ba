import ModelCatalog
import SessionState
import Testing

@testable import ModelPin

/// The pin rules of spec §4.3 as values: pins in, pins and events out, no words and no store.
@Suite struct PinStateTests {
  typealias F = RoutingFixture

  struct Selection: CustomTestStringConvertible, Sendable {
    var name: String
    var own: SessionPins
    var parent: SessionPins? = nil
    var ref: ModelRef
    var profile: ProfileChoice
    var events: [PinEvent]
    var after: SessionPins
    var testDescription: String { name }
  }

  static let selections: [Selection] = [
    Selection(
      name: "another model is pinned", own: F.pins(), ref: F.sonnet, profile: .unchanged,
      events: [.modelSet(F.sonnet)], after: F.pins("anthropic/claude-sonnet-4-5")),
    Selection(
      name: "the default model is no pin", own: F.pins("anthropic/claude-sonnet-4-5"), ref: F.opus,
      profile: .unchanged, events: [.modelReset(F.opus)], after: F.pins()),
    Selection(
      name: "@profile sets a user pin", own: F.pins(), ref: F.sonnet, profile: .user("anthropic:personal"),
      events: [.modelSet(F.sonnet), .profileSet(profile: "anthropic:personal")],
      after: F.pins("anthropic/claude-sonnet-4-5", "anthropic:personal", .user)),
    Selection(
      name: "@auto drops a user pin", own: F.pins(nil, "anthropic:personal", .user), ref: F.sonnet,
      profile: .automatic, events: [.modelSet(F.sonnet), .profileChosenAutomatically],
      after: F.pins("anthropic/claude-sonnet-4-5")),
    Selection(
      name: "a user pin is kept within its provider", own: F.pins(nil, "anthropic:personal", .user), ref: F.sonnet,
      profile: .unchanged, events: [.modelSet(F.sonnet), .profileKept(profile: "anthropic:personal")],
      after: F.pins("anthropic/claude-sonnet-4-5", "anthropic:personal", .user)),
    Selection(
      name: "an auto pin is kept within its provider, silently", own: F.pins(nil, "anthropic:work", .auto),
      ref: F.sonnet, profile: .unchanged, events: [.modelSet(F.sonnet)],
      after: F.pins("anthropic/claude-sonnet-4-5", "anthropic:work", .auto)),
    Selection(
      name: "a user pin is dropped for another provider", own: F.pins(nil, "anthropic:personal", .user), ref: F.gpt,
      profile: .unchanged,
      events: [
        .modelSet(F.gpt),
        .profileDroppedForProvider(profile: "anthropic:personal", provider: "anthropic", newProvider: "openai"),
      ],
      after: F.pins("openai/gpt-5.2")),
    Selection(
      name: "an auto pin is dropped for another provider, silently", own: F.pins(nil, "anthropic:work", .auto),
      ref: F.gpt, profile: .unchanged, events: [.modelSet(F.gpt)], after: F.pins("openai/gpt-5.2")),
    Selection(
      name: "a thread takes its parent's user pin as its own", own: F.pins(),
      parent: F.pins("anthropic/claude-haiku-4-5", "anthropic:personal", .user), ref: F.sonnet, profile: .unchanged,
      events: [.modelSet(F.sonnet), .profileKept(profile: "anthropic:personal")],
      after: F.pins("anthropic/claude-sonnet-4-5", "anthropic:personal", .user)),
  ]

  @Test(arguments: selections)
  func selecting(_ selection: Selection) throws {
    let fixture = try RoutingFixture()
    var pins = PinState(own: selection.own, parent: selection.parent)
    let events = pins.select(selection.ref, profile: selection.profile, fixture.facts())
    #expect(events == selection.events)
    #expect(pins.own == selection.after)
  }

  @Test func resetDropsBothPinsAndNamesADroppedUserPin() throws {
    var pins = PinState(own: F.pins("anthropic/claude-sonnet-4-5", "anthropic:personal", .user), parent: nil)
    #expect(pins.reset(to: F.opus) == [.modelReset(F.opus), .profilePinReset(profile: "anthropic:personal")])
    #expect(pins.own == F.pins())
    var auto = PinState(own: F.pins("anthropic/claude-sonnet-4-5", "anthropic:work", .auto), parent: nil)
    #expect(auto.reset(to: F.opus) == [.modelReset(F.opus)])
  }

  @Test func stalePinsAreDroppedWhenRead() throws {
    let facts = try RoutingFixture().facts()
    let cases: [(SessionPins, [PinEvent], SessionPins)] = [
      (F.pins("nosuch/model"), [.modelPinDropped(model: "nosuch/model")], F.pins()),
      (
        F.pins(nil, "anthropic:nobody", .user),
        [.profilePinGone(profile: "anthropic:nobody", provider: "anthropic")], F.pins()
      ),
      (
        F.pins(nil, "openai:default", .user),
        [.profilePinOfOtherProvider(profile: "openai:default", provider: "anthropic")], F.pins()
      ),
      (F.pins(nil, "anthropic:nobody", .auto), [], F.pins(nil, "anthropic:nobody", .auto)),
      (F.pins("openai/gpt-5.2", "openai:default", .user), [], F.pins("openai/gpt-5.2", "openai:default", .user)),
    ]
    for (own, events, after) in cases {
      var pins = PinState(own: own, parent: nil)
      #expect(pins.dropStalePins(facts) == events, "\(own)")
      #expect(pins.own == after, "\(own)")
    }
  }

  @Test func profileChecksRunInTheSpecsOrder() throws {
    let facts = try RoutingFixture().facts()
    let order = ["anthropic:work", "anthropic:personal", "anthropic:manual", "anthropic:old"]
    let cases: [(String, PinRefusal?)] = [
      ("anthropic:nobody", .unknownProfile),
      ("openai:default", .otherProvider(profileProvider: "openai")),
      ("anthropic:spare", .notInOrder(order: order)),
      ("anthropic:old", .expired),
      ("anthropic:personal", nil),
    ]
    for (profile, refusal) in cases {
      #expect(PinState.refusal(ofPinning: profile, for: F.sonnet, facts) == refusal, "\(profile)")
    }
  }

  @Test func aThreadWithItsOwnAutoPinStillHonoursItsParentsUserPin() {
    let pins = PinState(
      own: F.pins(nil, "anthropic:work", .auto),
      parent: F.pins("anthropic/claude-haiku-4-5", "anthropic:personal", .user))
    #expect(pins.profilePin == ProfilePin(id: "anthropic:personal", source: .user))
    let pinnedThread = PinState(
      own: F.pins("anthropic/claude-sonnet-4-5", "anthropic:work", .auto),
      parent: F.pins(nil, "anthropic:personal", .user))
    #expect(pinnedThread.profilePin == ProfilePin(id: "anthropic:work", source: .auto))
  }
}
