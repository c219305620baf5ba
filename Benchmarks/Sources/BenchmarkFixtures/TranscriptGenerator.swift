/// JSONL transcripts (spec §7.2) for replay benchmarks, the same for the same parameters.
///
/// Every line names a session, a sender and the time; the clock moves one second every five
/// lines. Lines are chat (80 %), `/model` commands (20 %, weighted like a busy bridge: mostly
/// selections and `/model`, a few lists, status views, typos and errors), and, taken out of the
/// chat share, a few outcomes (0.25 %).
public struct TranscriptGenerator {
  public var lineCount: Int
  public var sessionCount: Int
  public var seed: UInt64

  public init(lineCount: Int, sessionCount: Int, seed: UInt64 = 8) {
    self.lineCount = lineCount
    self.sessionCount = sessionCount
    self.seed = seed
  }

  /// The session keys: direct messages, channels, and threads of those channels.
  public var sessions: [String] {
    (0..<sessionCount).map { index in
      switch index % 10 {
      case 0, 1: return "discord:channel:c\(index / 10 % 50):thread:\(index)"
      case 2: return "slack:channel:C\(index)"
      default: return "telegram:dm:\(100_000 + index)"
      }
    }
  }

  /// Calls `body` with each line of the transcript, without its newline.
  public func forEachLine(_ body: (String) -> Void) {
    var random = SplitMix64(seed: seed)
    let sessions = self.sessions
    for number in 0..<lineCount {
      let session = sessions[Int(random.next() % UInt64(sessions.count))]
      let at = Self.timestamp(seconds: number / 5)
      let roll = random.next() % 10_000
      if roll < 25 {
        let outcome = Self.outcomes[Int(random.next() % UInt64(Self.outcomes.count))]
        body(#"{"session": \#(quoted(session)), "at": "\#(at)", "outcome": \#(outcome)}"#)
        continue
      }
      let text = roll < 2_000 ? Self.pick(Self.commands, &random) : chatLine(&random)
      body(
        #"{"session": \#(quoted(session)), "sender": "u\#(random.next() % 5_000)", "at": "\#(at)", "text": \#(quoted(text))}"#
      )
    }
  }

  /// The whole transcript, one line each, with a final newline.
  public func text() -> String {
    var output = ""
    forEachLine { line in
      output += line
      output += "\n"
    }
    return output
  }

  // MARK: - Lines

  /// Commands with their weights.
  static let commands: [(String, Int)] = [
    ("/model sonnet", 15), ("/model opus", 8), ("/model openai/gpt-5.2", 8), ("/model gpt-5-mini", 5),
    ("/gpt", 8), ("/sonnet", 5), ("/model haiku@anthropic:work", 6), ("/model sonnet@anthropic:personal", 4),
    ("/model default", 8), ("/model reset", 2), ("/model", 10), ("/model list", 5), ("/models anthropic", 3),
    ("/model 2", 4), ("/model status", 2), ("/model sonet", 3), ("/model claude", 2), ("/model nosuchmodel", 2),
    ("/model flash", 3), ("/model opus@anthropic:nobody", 1), ("/model list@anthropic:work", 1),
    ("／ｍｏｄｅｌ　ｓｏｎｎｅｔ", 1), ("/model: opus-4.5", 1), ("/MODEL Haiku", 1),
  ]

  static let outcomes = [
    #"{"result": "rate_limit"}"#, #"{"result": "ok"}"#, #"{"result": "timeout"}"#,
    #"{"result": "rate_limit", "profile": "anthropic:personal"}"#, #"{"result": "server_error"}"#,
  ]

  static let words = [
    "the", "a", "model", "answer", "please", "can", "you", "write", "summary", "of", "this", "thread", "and",
    "explain", "why", "tests", "fail", "on", "Linux", "again", "deploy", "is", "done", "thanks", "what", "about",
    "latency", "numbers", "tomorrow", "review", "my", "pull", "request", "translate", "into", "French", "code",
    "short", "version", "list", "ideas", "for", "naming", "benchmark", "it", "looks", "good", "to", "me",
  ]

  static let cjk = ["請幫我摘要這段對話", "今天的部署完成了嗎？", "這個測試為什麼失敗", "謝謝你的回答"]

  private func chatLine(_ random: inout SplitMix64) -> String {
    switch random.next() % 100 {
    case 0..<3: return Self.cjk[Int(random.next() % UInt64(Self.cjk.count))]
    case 3: return "can you switch with /model gpt later"
    case 4: return "/modle sonnet"
    case 5: return "/help"
    default:
      let count = 3 + Int(random.next() % 18)
      var line = ""
      for index in 0..<count {
        if index > 0 { line += " " }
        line += Self.words[Int(random.next() % UInt64(Self.words.count))]
      }
      return line + (random.next() % 3 == 0 ? "?" : ".")
    }
  }

  private static func pick(_ weighted: [(String, Int)], _ random: inout SplitMix64) -> String {
    let total = weighted.reduce(0) { $0 + $1.1 }
    var roll = Int(random.next() % UInt64(total))
    for (value, weight) in weighted {
      if roll < weight { return value }
      roll -= weight
    }
    return weighted[weighted.count - 1].0
  }

  /// 2026-11-24T10:00:00Z plus `seconds`, in the transcript's ISO 8601 form.
  static func timestamp(seconds: Int) -> String {
    let total = 10 * 3600 + seconds
    let day = 24 + total / 86_400
    let time = total % 86_400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "2026-11-\(two(day))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
  }

  private func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}
