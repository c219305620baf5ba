import AuthProfiles
import Testing

@testable import ModelPin

/// A route's JSON is written once and copied into the replies that share the route after.
@Suite struct RouteJSONTests {
  private let route = Route(
    provider: "anthropic", model: "claude-sonnet-4-5", alias: "Sonnet", modelSource: .pin, profile: "anthropic:work",
    profileSource: .user, credential: .profile)
  private let written =
    #"{"provider":"anthropic","model":"claude-sonnet-4-5","alias":"Sonnet","modelSource":"pin","#
    + #""profile":"anthropic:work","profileSource":"user","credential":"profile","cooling":false}"#

  private func reply(_ route: Route, secret: Secret?? = nil) -> String {
    var reply = Reply(session: "main", kind: .chat, text: "→", route: route)
    reply.routeSecret = secret
    return reply.jsonLine
  }

  @Test func aRouteIsWrittenOnceAndItsTextCopiedAfterForItAndItsCopies() {
    #expect(route.writtenJSON == nil)
    let first = reply(route)
    #expect(first.contains(#""route":\#(written)}"#))
    #expect(route.writtenJSON.map { String(decoding: $0, as: UTF8.self) } == written)
    let copy = route
    #expect(copy.writtenJSON != nil)
    #expect(reply(route) == first)
    #expect(reply(copy) == first)
  }

  @Test func aRouteAndAReplyShowTheirFieldsAndNoSecret() {
    #expect(String(describing: route).hasPrefix(#"Route(provider: "anthropic", model: "claude-sonnet-4-5", "#))
    var reply = Reply(session: "main", kind: .chat, text: "→", route: route)
    reply.routeSecret = .some(Secret(kind: .apiKey, value: "sk-ant-api03-WORK"))
    let shown = String(describing: reply)
    #expect(shown.hasPrefix(#"Reply(line: nil, id: nil, session: "main", kind: ModelPin.Reply.Kind.chat"#))
    #expect(shown.contains(#"profile: Optional("anthropic:work")"#))
    #expect(!shown.contains("sk-ant-api03-WORK"))
  }

  @Test func aChangedCopyOfAWrittenRouteIsWrittenAsChanged() {
    _ = reply(route)
    var cooling = route
    cooling.cooling = true
    cooling.usableAt = 1_795_514_430_000
    #expect(reply(cooling).contains(#""cooling":true,"usableAt":1795514430000}"#))
    #expect(reply(route).contains(#""cooling":false}"#))
  }

  @Test func aRouteWrittenWithoutItsSecretIsWrittenWithItWhenAsked() {
    _ = reply(route)
    let secret = Secret(kind: .apiKey, value: "sk-ant-api03-WORK", expires: nil)
    #expect(reply(route, secret: .some(secret)).contains(#""secret":{"type":"api_key","value":"sk-ant-api03-WORK""#))
    #expect(reply(route, secret: .some(nil)).contains(#""secret":null"#))
    #expect(!reply(route).contains("secret"))
  }
}
