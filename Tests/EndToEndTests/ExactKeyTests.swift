import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

/// Profile ids and session keys that differ only in Unicode normalization (`caf\u{E9}` and
/// `cafe\u{301}`, the Kelvin sign and `K`) are different ids and keys, as in SQLite and OpenClaw:
/// nothing merges them, and every write keeps them all.
@Suite struct ExactKeyTests {
  static let composed = "anthropic:caf\u{E9}"
  static let decomposed = "anthropic:cafe\u{301}"

  private func state() throws -> (folder: URL, environment: [String: String], auth: String) {
    let (folder, environment) = try HostileState.copy("basic")
    let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    let profiles = [
      (Self.composed, "sk-ant-api03-COMPOSED-00000000000000"), (Self.decomposed, "sk-ant-api03-DECOMPOSED-0000000000"),
      ("openai:\u{212A}elvin", "sk-proj-KELVINSIGN-000000000000000"),
      ("openai:Kelvin", "sk-proj-KELVIN-000000000000000000"),
    ]
    var members = JSONObject()
    for (id, key) in profiles {
      let provider = String(id.prefix { $0 != ":" })
      members[id] = .object(
        JSONObject([("type", .string("api_key")), ("provider", .string(provider)), ("key", .string(key))]))
    }
    let document = JSONObject([("version", .integer(1)), ("profiles", .object(members))])
    try StateFile.writeAtomically(Array(JSONValue.object(document).serialized().utf8), to: auth)
    // No auth order: any of the profiles may be pinned.
    try StateFile.writeAtomically(Array("{}".utf8), to: folder.appendingPathComponent("openclaw.json").path)
    return (folder, environment, auth)
  }

  /// The profile ids of the auth file, with the key each holds.
  private func keys(_ auth: String) throws -> [String: String] {
    let profiles = try #require(try HostileState.json(auth)["profiles"]?.objectValue)
    var keys: [String: String] = [:]
    for (id, value) in profiles.members {
      keys[id.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")] =
        value["key"]?.stringValue ?? ""
    }
    return keys
  }

  @Test func everyWriteKeepsProfilesWhoseIdsDifferOnlyInNormalization() throws {
    let (folder, environment, auth) = try state()
    let before = try keys(auth)
    #expect(before.count == 4)
    let pasted = try ModelPinBinary.run(
      ["auth", "paste-token", "--provider", "openrouter", "--state-dir", folder.path],
      stdin: "sk-or-v1-PASTED-0000000000000000\n", environment: environment)
    #expect(pasted.status == 0, "\(pasted.stderr)")
    let served = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path],
      stdin: [
        HostileState.request(id: 1, session: "main", text: "/model sonnet@\(Self.composed)"),
        HostileState.request(id: 2, session: "main", outcome: "rate_limit", profile: Self.decomposed),
      ].joined(separator: "\n") + "\n", environment: environment)
    #expect(served.status == 0, "\(served.stderr)")
    let first = try JSONValue.parse(String(served.stdout.split(separator: "\n")[0]))
    // A command is NFKC-normalized (spec §3.2), so it names the composed id; an outcome names either.
    #expect(first["route"]?["profile"]?.stringValue?.unicodeScalars.elementsEqual(Self.composed.unicodeScalars) == true)
    var after = try keys(auth)
    #expect(after.count == 5)
    after = after.filter { before[$0.key] != nil }
    #expect(after == before, "a profile lost its own key")
    let stats = try #require(try HostileState.json(auth)["usageStats"]?.objectValue)
    #expect(stats.keys.map { Array($0.unicodeScalars) } == [Array(Self.decomposed.unicodeScalars)])
  }

  @Test(arguments: ["json", "sqlite"])
  func sessionsWhoseKeysDifferOnlyInNormalizationKeepTheirOwnPins(_ store: String) throws {
    let (folder, environment) = try HostileState.copy("basic")
    let served = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path, "--sessions", store],
      stdin: [
        HostileState.request(id: 1, session: "discord:channel:caf\u{E9}", text: "/model haiku"),
        HostileState.request(id: 2, session: "discord:channel:cafe\u{301}", text: "/model sonnet"),
        HostileState.request(id: 3, session: "discord:channel:caf\u{E9}", text: "hello"),
      ].joined(separator: "\n") + "\n", environment: environment)
    #expect(served.status == 0, "\(served.stderr)")
    let replies = try served.stdout.split(separator: "\n").map { try JSONValue.parse(String($0)) }
    #expect(replies.last?["route"]?["model"]?.stringValue == "claude-haiku-4-5", "\(served.stdout)")
    let listed = try ModelPinBinary.run(
      ["sessions", "list", "--json", "--state-dir", folder.path, "--sessions", store], environment: environment)
    #expect(listed.stdout.components(separatedBy: "discord:channel:").count == 3, "\(listed.stdout)")
  }
}
