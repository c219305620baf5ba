/// The inputs of the micro benchmarks: lines and refs as a chat bridge sees them.
public enum SampleLines {
  /// Chat lines: plain sentences of several lengths, CJK, a host command, a typo of `/model`, and
  /// a `/model` later in the line.
  public static let chat = [
    "hello",
    "can you write a summary of this thread please?",
    "explain why the tests fail on Linux again and what about the latency numbers tomorrow.",
    "thanks, it looks good to me",
    "請幫我摘要這段對話",
    "/help",
    "/modle sonnet",
    "can you switch with /model gpt later",
    "review my pull request and translate the short version into French, then list ideas for naming the benchmark.",
    "deploy is done",
  ]

  /// `/model` command lines of every kind.
  public static let commands = [
    "/model sonnet",
    "/model openai/gpt-5.2",
    "/model haiku@anthropic:work",
    "/model",
    "/model list",
    "/models anthropic",
    "/model status",
    "/model default",
    "/model 2",
    "/gpt",
    "／ｍｏｄｅｌ　ｓｏｎｎｅｔ",
    "/model x/claude-haiku-4-5@20251001@anthropic:work",
  ]

  /// What follows `/model` in a selection that resolves without fuzzy matching: aliases in any
  /// case, full refs, bare ids, Anthropic shorthands and spelled-out providers.
  public static let exactRefs = [
    "sonnet", "Opus", "openai/gpt-5.2", "gpt-5-mini", "anthropic/claude-opus-4-6", "sonnet-4.5", "flash",
    "google/gemini-3-flash-preview",
  ]

  /// What follows `/model` when the fuzzy match has to decide: typos, fragments and unknowns.
  public static let fuzzyRefs = ["sonet", "claude", "gemini", "nosuchmodel"]
}
