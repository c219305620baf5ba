import AuthProfiles
import ModelPin
import Testing

/// Spec §4.4: the library hands a bridge the secret of a route: its profile's, the environment key or the config key.
@Suite struct InterpreterSecretTests {
  @Test func givesTheSecretOfTheRoutesProfile() throws {
    let fixture = try InterpreterFixture()
    let route = try #require(fixture.send("hi").route)
    #expect(
      try fixture.interpreter.secret(for: route)
        == Secret(kind: .apiKey, value: "sk-ant-api03-WORKSECRET-0000000000000000"))
    let google = try #require(fixture.send("/model flash").route)
    #expect(
      try fixture.interpreter.secret(for: google)
        == Secret(kind: .oauth, value: "ya29.GOOGLESECRET-5555555555", expires: 1_795_874_400_000))
  }

  @Test func givesATokenWithItsExpiry() throws {
    let fixture = try InterpreterFixture()
    let route = try #require(fixture.send("/model opus@anthropic:manual").route)
    #expect(try fixture.interpreter.secret(for: route)?.kind == .token)
    #expect(try fixture.interpreter.secret(for: route)?.expires == 1_795_525_200_000)
  }

  @Test func givesTheEnvironmentKeyWhenNoProfileIsInTheOrder() throws {
    let fixture = try InterpreterFixture(environment: ["OPENROUTER_API_KEY": "sk-or-v1-ENV"])
    let route = try #require(fixture.send("/model openrouter/@preset/kimi").route)
    #expect(try fixture.interpreter.secret(for: route) == Secret(kind: .apiKey, value: "sk-or-v1-ENV"))
  }

  @Test func givesNoneForARouteWithoutACredential() throws {
    let fixture = try InterpreterFixture()
    let route = try #require(fixture.send("/model openrouter/@preset/kimi").route)
    #expect(try fixture.interpreter.secret(for: route) == nil)
  }
}
