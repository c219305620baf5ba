/// The examples of spec §4.1's `@profile` table: token, model, profile.
///
/// Both the splitter and the whole parser must agree with them.
let profileSplitExamples: [(String, String, String?)] = [
  ("opus@anthropic:work", "opus", "anthropic:work"),
  ("flash@google:me@example.com", "flash", "google:me@example.com"),
  ("openrouter/@preset/kimi", "openrouter/@preset/kimi", nil),
  ("openrouter/@preset/kimi@work", "openrouter/@preset/kimi", "work"),
  ("provider/foo@bar/baz", "provider/foo@bar/baz", nil),
  ("x/claude-haiku-4-5@20251001@anthropic:work", "x/claude-haiku-4-5@20251001", "anthropic:work"),
]
