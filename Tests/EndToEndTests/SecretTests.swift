import Foundation
import ModelPinTestSupport
import StateFolder
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every secret of the fixtures' state folders and of the environment the tests set.
enum KnownSecrets {
  /// Environment credentials the runs get; `.env` and config secrets are in the fixtures.
  static let environment = [
    "ANTHROPIC_API_KEY": "sk-ant-api03-ENVSECRET-1212121212121212",
    "XAI_API_KEY": "xai-ENVSECRET-343434343434343434343434",
  ]

  /// What the `exec` secret provider of `openclaw-current` answers.
  static let resolvedByCommands = ["sk-proj-VAULT-abcdefghij0123456789"]

  /// Keys, tokens, access and refresh tokens, `.env` values, config `apiKey`s (not the references
  /// `${env:NAME}`, which name a variable) and the values of `secrets.json` files and commands.
  static func all() throws -> Set<String> {
    var secrets = Set(environment.values).union(resolvedByCommands)
    let states = try FileManager.default.contentsOfDirectory(atPath: try Fixtures.url("state").path)
    for state in states {
      let folder = try Fixtures.url("state/\(state)")
      let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
      if let bytes = try StateFile.read(auth), let profiles = try JSONValue.parse(utf8: bytes)["profiles"]?.objectValue
      {
        for (_, profile) in profiles.members {
          for field in ["key", "token", "access", "refresh"] {
            if let secret = profile[field]?.stringValue { secrets.insert(secret) }
          }
        }
      }
      if let text = try? String(contentsOf: folder.appendingPathComponent(".env"), encoding: .utf8) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
          if let equals = line.firstIndex(of: "=") { secrets.insert(String(line[line.index(after: equals)...])) }
        }
      }
      let config = folder.appendingPathComponent("openclaw.json").path
      if let bytes = try StateFile.read(config),
        let providers = try JSONValue.parse(utf8: bytes, json5: true)["models"]?["providers"]?.objectValue
      {
        for (_, provider) in providers.members {
          if let key = provider["apiKey"]?.stringValue, !key.hasPrefix("${") { secrets.insert(key) }
        }
      }
      if let bytes = try StateFile.read(folder.appendingPathComponent("secrets.json").path) {
        secrets.formUnion(strings(in: try JSONValue.parse(utf8: bytes)))
      }
    }
    return secrets.filter { $0.count > 2 }
  }

  private static func strings(in value: JSONValue) -> [String] {
    switch value {
    case .string(let text): [text]
    case .object(let object): object.members.flatMap { strings(in: $0.value) }
    case .array(let elements): elements.flatMap(strings(in:))
    case .null, .bool, .number: []
    }
  }

  /// The secrets `text` shows whole, or shows the part masking hides (`first 8 … last 4`).
  static func exposed(in text: String, secrets: Set<String>) -> [String] {
    secrets.filter { secret in
      if text.contains(secret) { return true }
      let hidden = secret.dropFirst(8).dropLast(4)
      return hidden.count >= 8 && text.contains(hidden)
    }.sorted()
  }
}

/// No reply, view, error or warning of any front end prints a stored secret whole (spec §4.5).
@Suite struct SecretExposureTests {
  /// Lines that show every view, error and credential path.
  static let lines = [
    "/model", "/model list", "/models", "/model status", "hello", "/model gpt", "/model status",
    "/model proxy/gpt-5.2", "/model status", "hi", "/model grok-4", "hello", "/model sonnet@anthropic:work",
    "/model sonnet@anthropic:manual", "/model sonnet@anthropic:short", "/model sonnet@anthropic:nosuch",
    "/model gemini@google:me@example.com", "/model status", "/model 1", "/model default", "/model nosuch",
    "/model mistral/mistral-large-latest", "/model status", "/model groq/llama-3.3-70b-versatile", "/model status",
  ]

  static func states() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: try Fixtures.url("state").path).sorted()
  }

  @Test(arguments: try states())
  func replayAndServePrintNoSecret(_ state: String) throws {
    let secrets = try KnownSecrets.all()
    let home = try TemporaryFolder.make()
    let folder = try Fixtures.copyOfFolder("state/\(state)", into: home)
    let environment = ModelPinBinary.cleanEnvironment(home: home, extra: KnownSecrets.environment)
    let base = ["--state-dir", folder.path, "--now", "2026-11-24T10:00:00Z"]
    let transcript = Self.lines.joined(separator: "\n") + "\n"
    for extra in [[], ["--json"], ["--json", "--lang", "zh-Hant"]] {
      let result = try ModelPinBinary.run(["replay"] + base + extra, stdin: transcript, environment: environment)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(KnownSecrets.exposed(in: result.stdout + result.stderr, secrets: secrets) == [], "replay \(extra)")
    }
    var requests = Self.lines.enumerated().map { HostileState.request(id: $0.offset, session: "s", text: $0.element) }
    for result in ["rate_limit", "billing", "auth", "ok"] {
      requests.append(HostileState.request(id: 100, session: "s", outcome: result))
    }
    requests += [
      #"{"id": 200, "session": "s", "outcome": {"result": "auth", "message": "This credential is only authorized for use with Claude Code and cannot be used for other API requests."}}"#,
      #"{"id": 201, "session": "s", "text": "/model status", "sender": "stranger"}"#,
      #"{"id": 202, "session": "s", "outcome": {"result": "timeout", "profile": "nosuch:profile"}}"#,
      #"{"id": 203, "text": 42}"#, "not json",
    ]
    let served = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path], stdin: requests.joined(separator: "\n") + "\n",
      environment: environment)
    #expect(served.status == 0, "\(served.stderr)")
    #expect(served.stdout.split(separator: "\n").count == requests.count)
    #expect(KnownSecrets.exposed(in: served.stdout + served.stderr, secrets: secrets) == [], "serve")
  }

  @Test(arguments: try TranscriptCase.all())
  func goldenTranscriptsPrintNoSecret(_ transcript: TranscriptCase) throws {
    let secrets = try KnownSecrets.all()
    for json in [false, true] {
      let (arguments, home) = try transcript.arguments(json: json)
      let result = try ModelPinBinary.run(
        arguments, environment: ModelPinBinary.cleanEnvironment(home: home, extra: KnownSecrets.environment))
      #expect(KnownSecrets.exposed(in: result.stdout + result.stderr, secrets: secrets) == [], "json: \(json)")
    }
  }

  /// The operator commands, in the builds that have them: a command this build lacks is skipped.
  static let operatorCommands = [
    ["status"], ["status", "--json"], ["status", "--plain"], ["status", "--check"], ["auth", "list"],
    ["auth", "list", "--json"], ["auth", "order", "get", "--provider", "anthropic"], ["sessions", "list"],
    ["sessions", "list", "--json"], ["doctor"],
  ]

  @Test func operatorCommandsPrintNoSecret() throws {
    let secrets = try KnownSecrets.all()
    for state in try Self.states() {
      let home = try TemporaryFolder.make()
      let folder = try Fixtures.copyOfFolder("state/\(state)", into: home)
      let environment = ModelPinBinary.cleanEnvironment(home: home, extra: KnownSecrets.environment)
      for command in Self.operatorCommands {
        let result = try ModelPinBinary.run(command + ["--state-dir", folder.path], environment: environment)
        if result.status == 64, result.stderr.lowercased().contains("unexpected argument") { continue }
        #expect(
          KnownSecrets.exposed(in: result.stdout + result.stderr, secrets: secrets) == [],
          "modelpin \(command.joined(separator: " ")) on \(state)")
      }
    }
  }
}

/// Every file and folder modelpin creates is private: 0600 files, 0700 folders (spec §5.1, §7.1).
@Suite struct SecretFilePermissionsTests {
  /// Files and folders under `root` whose mode is not 0600 (files) or 0700 (folders).
  static func notPrivate(under root: URL) -> [String] {
    var found: [String] = []
    for relative in [""] + HostileState.files(under: root) {
      let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      let isFolder = status.st_mode & S_IFMT == S_IFDIR
      let mode = status.st_mode & 0o777
      if mode != (isFolder ? 0o700 : 0o600) {
        found.append("\(relative.isEmpty ? "." : relative) \(String(mode, radix: 8))")
      }
    }
    return found
  }

  @Test(arguments: ["sqlite", "json"])
  func aNewStateFolderIsPrivateWhileServeWritesIt(_ sessions: String) throws {
    let home = try TemporaryFolder.make()
    let state = home.appendingPathComponent(".modelpin")
    let serve = try ServeProcess(["--sessions", sessions], environment: ModelPinBinary.cleanEnvironment(home: home))
    serve.send([HostileState.request(id: 1, session: "main", text: "/model sonnet")])
    #expect(serve.waitForReplies(1), "\(serve.stderr)")
    // While serve runs, SQLite's -wal and -shm files are there too.
    let files = HostileState.files(under: state)
    if sessions == "sqlite" {
      #expect(files.contains("agents/main/sessions/pins.sqlite-wal"))
      #expect(files.contains("agents/main/sessions/pins.sqlite-shm"))
    } else {
      #expect(files.contains("agents/main/sessions/sessions.json"))
    }
    #expect(Self.notPrivate(under: state) == [])
    serve.finish()
    serve.waitForExit()
    #expect(Self.notPrivate(under: state) == [])
  }

  @Test func anAuthFileModelpinRewritesBecomesPrivate() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    chmod(auth, 0o644)
    let result = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path],
      stdin: HostileState.request(id: 1, session: "main", outcome: "rate_limit", profile: "anthropic:work") + "\n",
      environment: environment)
    #expect(result.stdout.contains(#""ok":true"#), "\(result.stdout)\(result.stderr)")
    #expect(StateFile.permissions(of: auth) == 0o600)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "needs tmux for a terminal"))
  func theREPLHistoryIsPrivate() throws {
    let home = try TemporaryFolder.make()
    let state = home.appendingPathComponent("state")
    try FileManager.default.createDirectory(
      at: state, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let session = "modelpin-history-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let environment = ModelPinBinary.cleanEnvironment(home: home)
    let command =
      "env -i HOME=\(home.path) PATH=/usr/bin:/bin TERM=xterm LANG=C.UTF-8 NO_COLOR=1 "
      + "\(try ModelPinBinary.url().path) --state-dir \(state.path) --sessions memory"
    // posix_spawn and waitpid: Foundation's Process can wait forever for a tmux client whose
    // server daemonized.
    func tmux(_ arguments: [String]) throws {
      // A server of its own: the machine's tmux sessions are left alone.
      let argv = (["tmux", "-L", session] + arguments).map { strdup($0) } + [nil]
      let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer { for pointer in argv + envp { free(pointer) } }
      var pid: pid_t = 0
      guard posix_spawn(&pid, "/usr/bin/tmux", nil, nil, argv, envp) == 0 else {
        throw FixtureError("cannot run tmux \(arguments)")
      }
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "20", command])
    defer { try? tmux(["kill-server"]) }
    let history = state.appendingPathComponent("history").path
    let deadline = Date().addingTimeInterval(20)
    while StateFile.permissions(of: history) == nil, Date() < deadline {
      try tmux(["send-keys", "-t", session, "/model", "Enter"])
      usleep(300_000)
    }
    #expect(StateFile.permissions(of: history) == 0o600)
    try tmux(["send-keys", "-t", session, "C-d"])
  }
}

/// A state folder or auth file others can read is reported once, on standard error, at start.
@Suite struct SecretStartupWarningTests {
  @Test func warnsOnceForAFolderAndAnAuthFileOthersCanRead() throws {
    let (folder, environment) = try HostileState.copy("basic")
    let auth = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    chmod(folder.path, 0o755)
    chmod(auth, 0o644)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "/model\n/model status\nhello\n", environment: environment)
    #expect(result.status == 0)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(result.stderr)")
    #expect(lines.first?.contains("(mode 0755)") == true && lines.first?.hasSuffix("chmod 700 ~/basic") == true)
    #expect(lines.last?.contains("(mode 0644)") == true && lines.last?.hasSuffix("auth-profiles.json") == true)
    #expect(!result.stdout.contains("warning"), "the warning went to standard output")

    let chinese = try ModelPinBinary.run(
      ["serve", "--stdio", "--state-dir", folder.path, "--lang", "zh-Hant"], stdin: "", environment: environment)
    #expect(chinese.stderr.split(separator: "\n").count == 2)
    #expect(chinese.stderr.contains("警告"))
  }

  @Test func saysNothingWhenTheyArePrivate() throws {
    let (folder, environment) = try HostileState.copy("basic")
    chmod(folder.path, 0o700)
    chmod(folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path, 0o600)
    let result = try ModelPinBinary.run(
      ["replay", "--state-dir", folder.path], stdin: "hello\n", environment: environment)
    #expect(result.status == 0)
    #expect(result.stderr == "")
  }
}

/// A hand edit that drops `"key":` or `apiKey:` leaves a secret where a key belongs: the parse
/// error names the line, the column and what was expected, and quotes none of it (spec §4.5).
@Suite struct SecretParseErrorTests {
  /// The `secrets` fixture with one file broken by `edit`: (file, text it replaces, replacement).
  static let edits = [
    (
      "agents/main/agent/auth-profiles.json", #""key": "sk-ant-api03-WORKSECRET"#, #""sk-ant-api03-WORKSECRET"#,
      "line 4, column"
    ),
    ("openclaw.json", #"apiKey: "pk-live-CONFIGSECRET"#, #""pk-live-CONFIGSECRET"#, "line 14, column"),
  ]

  static let commands = [
    ["status"], ["status", "--plain"], ["status", "--check"], ["auth", "list"], ["sessions", "list"], ["doctor"],
  ]

  @Test(arguments: 0..<2)
  func noCommandQuotesTheSecretOfABrokenFile(_ edit: Int) throws {
    let (file, old, new, position) = Self.edits[edit]
    let secrets = try KnownSecrets.all()
    let (folder, environment) = try HostileState.copy("secrets")
    let path = folder.appendingPathComponent(file).path
    let text = String(decoding: try #require(try StateFile.read(path)), as: UTF8.self)
    #expect(text.contains(old))
    try StateFile.writeAtomically(Array(text.replacing(old, with: new).utf8), to: path)
    var outputs: [(String, BinaryResult)] = []
    for command in Self.commands {
      outputs.append(
        (
          command.joined(separator: " "),
          try ModelPinBinary.run(command + ["--state-dir", folder.path], environment: environment)
        ))
    }
    outputs.append(
      (
        "replay",
        try ModelPinBinary.run(["replay", "--state-dir", folder.path], stdin: "hello\n", environment: environment)
      ))
    outputs.append(
      (
        "serve",
        try ModelPinBinary.run(
          ["serve", "--stdio", "--state-dir", folder.path],
          stdin: HostileState.request(id: 1, session: "main", text: "hello") + "\n", environment: environment)
      ))
    for (name, result) in outputs {
      let output = result.stdout + result.stderr
      #expect(KnownSecrets.exposed(in: output, secrets: secrets) == [], "\(name): \(output)")
      // `sessions list` reads the config but not the auth file.
      if name != "sessions list" || file == "openclaw.json" {
        #expect(output.contains("expected ':' after a key"), "\(name): \(output)")
      }
    }
    let doctor = try #require(outputs.first { $0.0 == "doctor" }?.1)
    #expect(doctor.stdout.contains(position), "\(doctor.stdout)")
  }

  @Test func aServeThatFindsTheAuthFileBrokenRepliesWithoutTheSecret() throws {
    let secrets = try KnownSecrets.all()
    let (folder, environment) = try HostileState.copy("secrets")
    let path = folder.appendingPathComponent("agents/main/agent/auth-profiles.json").path
    let serve = try ServeProcess(["--state-dir", folder.path], environment: environment)
    serve.send([HostileState.request(id: 1, session: "main", text: "hello")])
    #expect(serve.waitForReplies(1), "\(serve.stderr)")
    let text = String(decoding: try #require(try StateFile.read(path)), as: UTF8.self)
    try StateFile.writeAtomically(
      Array(text.replacing(#""key": "sk-ant-api03-WORKSECRET"#, with: #""sk-ant-api03-WORKSECRET"#).utf8), to: path)
    serve.send([
      HostileState.request(id: 2, session: "main", text: "hello"),
      HostileState.request(id: 3, session: "main", text: "/model status"),
      HostileState.request(id: 4, session: "main", outcome: "rate_limit", profile: "anthropic:work"),
    ])
    #expect(serve.waitForReplies(4), "\(serve.stderr)")
    serve.finish()
    serve.waitForExit()
    let output = serve.replyLines.joined(separator: "\n") + serve.stderr
    #expect(KnownSecrets.exposed(in: output, secrets: secrets) == [], "\(output)")
    #expect(output.contains("expected ':' after a key"), "\(output)")
  }

  /// One warning, with one prefix, from every command that reads credentials, not only the chat ones.
  @Test(arguments: [
    ["status"], ["auth", "list"], ["auth", "order", "get", "--provider", "anthropic"], ["sessions", "list"],
    ["replay"], ["serve", "--stdio"],
  ])
  func warnsOfCredentialsOthersCanReadFromEveryCommand(_ command: [String]) throws {
    let sandbox = try StateSandbox(asCheckedOut: true)
    let result = try sandbox.run(command)
    #expect(
      result.stderr.contains(
        "modelpin: warning: ~/basic/agents/main/agent/auth-profiles.json can be read by other users (mode 0644); it holds credentials: chmod 600 "
      ), "\(command): \(result.stderr)")
  }
}
