import Foundation
import ModelPinTestSupport
import Testing

/// Spec §4.4, §6: `serve --stdio --credentials` hands the bridge the secret in `route.secret`,
/// and nothing else ever prints it.
@Suite struct ServeCredentialsTests {
  static let requests =
    [
      #"{"id": 1, "session": "main", "text": "hi"}"#,
      #"{"id": 2, "session": "main", "text": "/model flash"}"#,
      #"{"id": 3, "session": "main", "text": "/model openrouter/@preset/kimi"}"#,
      #"{"id": 4, "session": "main", "text": "/model status"}"#,
      #"{"id": 5, "session": "main", "text": 5}"#,
    ].joined(separator: "\n") + "\n"

  /// Every secret of the fixture, and the one put in the environment.
  static let secrets = [
    "sk-ant-api03-WORKSECRET-0000000000000000", "ya29.GOOGLESECRET-5555555555", "1//REFRESHSECRET-666666",
    "sk-proj-OPENAISECRET-444444444444444444", "sk-or-v1-ENVSECRET-0123456789",
  ]

  private func serve(_ flags: [String], openRouterKey: Bool = true) throws -> BinaryResult {
    let sandbox = try StateSandbox(
      environment: openRouterKey ? ["OPENROUTER_API_KEY": "sk-or-v1-ENVSECRET-0123456789"] : [:])
    try sandbox.makePrivate()
    return try sandbox.run(["serve", "--stdio"] + flags, stdin: Self.requests)
  }

  private func replies(_ result: BinaryResult) throws -> [[String: Any]] {
    try result.stdout.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func addsTheSecretOfEachRouteToItsReply() throws {
    let result = try serve(["--credentials"])
    let secrets = try replies(result).map { ($0["route"] as? [String: Any])?["secret"] as? [String: Any] }
    #expect(secrets[0]?["type"] as? String == "api_key")
    #expect(secrets[0]?["value"] as? String == "sk-ant-api03-WORKSECRET-0000000000000000")
    #expect(secrets[0]?["expires"] is NSNull)
    #expect(secrets[1]?["type"] as? String == "oauth")
    #expect(secrets[1]?["value"] as? String == "ya29.GOOGLESECRET-5555555555")
    #expect(secrets[1]?["expires"] as? Int64 == 1_795_874_400_000)
    #expect(secrets[2]?["value"] as? String == "sk-or-v1-ENVSECRET-0123456789")
    #expect(secrets[4]?["value"] as? String == "sk-or-v1-ENVSECRET-0123456789", "an invalid request's route too")
  }

  @Test func writesNullForARouteWithoutACredential() throws {
    let result = try serve(["--credentials"], openRouterKey: false)
    let route = try replies(result)[2]["route"] as? [String: Any]
    #expect(route?["credential"] is NSNull)
    #expect(route?["secret"] is NSNull)
  }

  @Test func neverPutsTheSecretInTextHintsErrorsOrStandardError() throws {
    let result = try serve(["--credentials"])
    for reply in try replies(result) {
      var withoutSecret = reply
      var route = reply["route"] as? [String: Any]
      route?["secret"] = nil
      withoutSecret["route"] = route
      let rest = String(decoding: try JSONSerialization.data(withJSONObject: withoutSecret), as: UTF8.self)
      for secret in Self.secrets { #expect(!rest.contains(secret), "\(reply["id"] ?? "")") }
    }
    for secret in Self.secrets { #expect(!result.stderr.contains(secret)) }
  }

  @Test func handsOutNoSecretWithoutTheFlag() throws {
    let result = try serve([])
    #expect(try replies(result).allSatisfy { ($0["route"] as? [String: Any])?["secret"] == nil })
    for secret in Self.secrets {
      #expect(!result.stdout.contains(secret))
      #expect(!result.stderr.contains(secret))
    }
  }

  @Test func noOtherCommandTakesTheFlag() throws {
    let sandbox = try StateSandbox()
    let replay = try sandbox.run(["replay", "--json", "--credentials", "-"], stdin: "hi\n")
    #expect(replay.status == 64)
    #expect(!replay.stdout.contains("WORKSECRET"))
  }
}
