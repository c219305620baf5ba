import Foundation
import ModelPinTestSupport
import Testing

/// Bash completion as a user gets it from `source <(modelpin --generate-completion-script bash)`:
/// file names where a file goes, and values read from the state where a provider, a profile or a
/// session goes.
@Suite struct ShellCompletionTests {
  /// What bash offers for `line`, typed in the sandbox's home with `modelpin` on the path.
  private func completions(of line: String, in sandbox: StateSandbox) throws -> [String] {
    let script = """
      source <(modelpin --generate-completion-script bash)
      COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
      read -ra COMP_WORDS <<< "$COMP_LINE"
      [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
      COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      COMPREPLY=()
      _modelpin modelpin "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let process = Process.child()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = sandbox.home
    var environment = sandbox.environment
    environment["PATH"] = try ModelPinBinary.url().deletingLastPathComponent().path + ":/usr/bin:/bin"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readToEndAndClose()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func completesFileNamesWhereAFileGoes() throws {
    let sandbox = try StateSandbox()
    try Data().write(to: sandbox.home.appendingPathComponent("chats.txt"))
    #expect(try completions(of: "modelpin replay cha", in: sandbox) == ["chats.txt"])
    #expect(try completions(of: "modelpin status --state-dir ba", in: sandbox) == ["basic"])
  }

  @Test func completesValuesFromTheState() throws {
    let sandbox = try StateSandbox()
    let state = "--state-dir basic"
    #expect(try completions(of: "modelpin status --sessions js", in: sandbox) == ["json"])
    #expect(
      try completions(of: "modelpin auth paste-token \(state) --provider op", in: sandbox) == ["openai", "openrouter"])
    #expect(
      try completions(of: "modelpin auth remove \(state) --profile anth", in: sandbox) == [
        "anthropic:work", "anthropic:personal", "anthropic:manual", "anthropic:old", "anthropic:spare",
      ])
    _ = try sandbox.run(["replay", "--persist", "--session", "telegram:dm:42"], stdin: "/model haiku\n")
    #expect(try completions(of: "modelpin sessions show \(state) tele", in: sandbox) == ["telegram:dm:42"])
  }
}
