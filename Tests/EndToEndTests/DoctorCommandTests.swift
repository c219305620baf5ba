import Foundation
import ModelPinTestSupport
import Testing

@Suite struct DoctorCommandTests {
  @Test func findsNothingInAPrivateHealthyFolder() throws {
    let sandbox = try StateSandbox("allowfrom")
    let result = try sandbox.run(["doctor"])
    #expect(result.status == 0)
    #expect(result.stdout == "State folder: ~/allowfrom (from --state-dir)\nNo problems found in ~/allowfrom.\n")
  }

  @Test func namesTheFileAndTheFixOfEveryProblem() throws {
    let result = try StateSandbox("doctor", asCheckedOut: true).run(["doctor", "--now", "2026-11-24T10:00:00Z"])
    #expect(result.status == 1)
    let auth = "~/doctor/agents/main/agent/auth-profiles.json"
    for expected in [
      "~/doctor: open to group or others (mode 755)\n  fix: run chmod 700 ~/doctor",
      "\(auth): open to group or others (mode 644)\n  fix: run chmod 600 \(auth)",
      "~/doctor/.env: open to group or others (mode 644)\n  fix: run chmod 600 ~/doctor/.env",
      "\(auth): profile anthropic:legacy has the unknown type \"password\"; modelpin skips it",
      "\(auth): the order of anthropic names profiles that are not stored for anthropic: anthropic:gone\n"
        + "  fix: run modelpin auth order set --provider anthropic anthropic:work --state-dir ~/doctor",
      "~/doctor/openclaw.json: auth.order.openai names only profiles that no longer exist (openai:deleted), "
        + "so openai uses its stored profiles instead",
      "\(auth): auth profile anthropic:old expired at 2026-11-24T09:00:00Z\n"
        + "  fix: paste a new token: modelpin auth paste-token --provider anthropic --profile-id anthropic:old --state-dir ~/doctor",
      "~/doctor/.env: ANTHROPIC_API_KEY is set, but anthropic uses its auth profiles first (anthropic:work)",
      "~/doctor/agents/main/sessions/sessions.json: does not parse: line 4",
      "9 problems found.",
    ] {
      #expect(result.stdout.contains(expected), "missing: \(expected)\n\(result.stdout)")
    }
  }

  @Test func reportsABrokenConfigAsAFinding() throws {
    let sandbox = try StateSandbox("allowfrom")
    try sandbox.write("{ commands: ", to: "openclaw.json")
    let result = try sandbox.run(["doctor"])
    #expect(result.status == 1)
    #expect(
      result.stdout.hasPrefix(
        "State folder: ~/allowfrom (from --state-dir)\n~/allowfrom/openclaw.json: does not parse: line 1, column"))
    #expect(result.stderr == "")
  }

  @Test func speaksTraditionalChinese() throws {
    let sandbox = try StateSandbox("allowfrom", asCheckedOut: true)
    let result = try sandbox.run(["doctor", "--lang", "zh-Hant"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("~/allowfrom：群組或其他使用者可以存取（權限 755）\n  修正方式：執行 chmod 700 ~/allowfrom"))
  }
}
