import AuthProfiles
import ModelPin
import SessionState
import StateFolder
import Testing

@Suite struct ErrorReasonTests {
  @Test func saysWhyAStoreFailedInTheRepliesLanguage() throws {
    let chinese = try MessageCatalog.load(.traditionalChinese)
    #expect(chinese.reason(of: SessionStoreError.invalidSessionKey("", problem: .empty)) == "它是空的")
    #expect(
      chinese.reason(of: SessionStoreError.invalidSessionKey("a\u{1B}", problem: .controlCharacter(0x1B)))
        == "含有控制字元 U+001B")
    #expect(
      chinese.reason(of: SessionStoreError.lockTimeout(path: "/s/sessions.json"))
        == "/s/sessions.json：被另一個行程鎖住太久；請重試，若沒有 OpenClaw 或 modelpin 在執行，可刪除它")
    #expect(
      chinese.reason(of: AuthStoreError.file(StateFileError(path: "/s/a\u{1B}.json", reason: "permission denied")))
        == #"/s/a\u{1B}.json：permission denied"#)
    #expect(
      chinese.reason(of: ConfigError.duplicateAlias(path: "/s/c.json", alias: "fast", first: "a/b", second: "c/d"))
        == "/s/c.json：別名「fast」同時給了 a/b 和 c/d；請只留一個")
  }

  @Test func keepsTheEnglishOfTheErrorsOwnDescription() throws {
    let english = try MessageCatalog.load(.english)
    for error: any Error in [
      SessionStoreError.lockTimeout(path: "/s/sessions.json"),
      SessionStoreError.damagedDatabase(path: "/s/pins.sqlite"),
      SessionStoreError.invalidSessionKey("x", problem: .tooLong(bytes: 600)),
      AuthStoreError.file(StateFileError(path: "/s/auth.json", reason: "permission denied")),
      ConfigError.invalidValue(path: "/s/openclaw.json", key: "agents.defaults.model", expected: "a string"),
      ConfigError.duplicateAlias(path: "/s/openclaw.json", alias: "fast", first: "a/b", second: "c/d"),
    ] {
      let described = "\(error)"
      #expect(described.hasSuffix(english.reason(of: error).string), "\(described)")
    }
  }
}
