import AuthProfiles
import Foundation
import FuzzSupport
import ModelCatalog
import ModelPin
import SessionState
import StateFolder

/// libFuzzer target: hostile state files. The input is a config (JSON5), a NUL, an
/// auth-profiles.json, a NUL, then chat lines. Files that parse give an interpreter whose
/// replies to the lines, and to `/model`, `/model list` and `/model status`, must pass
/// `Invariants`: config values and profile ids never reach the output raw.
let catalog = try! BuiltInCatalog.load()
let folder = FuzzState.copy("basic")
let authFile = folder + "/agents/main/agent/auth-profiles.json"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStateFiles(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let input = FuzzInput(data, count)
  let parts = input.rest(splitAt: 0, maximumParts: 3)
  let configBytes = Array(parts[0])
  let authBytes = parts.count > 1 ? Array(parts[1]) : Array("{}".utf8)
  let lines = parts.count > 2 ? parts[2].split(separator: UInt8(ascii: "\n")).prefix(16).map(Array.init) : []

  // What the readers produce writes back to text that reads the same.
  for json5 in [false, true] {
    if let value = try? JSONValue.parse(utf8: configBytes, json5: json5) {
      guard (try? JSONValue.parse(value.serialized())) == value else { fatalError("JSON does not round-trip") }
    }
  }
  _ = Timestamp.parse(String(decoding: configBytes.prefix(64), as: UTF8.self))

  guard let config = try? ConfigLoader.parse(configBytes, path: "fuzz.json5"),
    let store = try? AuthStore(parsing: authBytes, path: authFile)
  else { return 0 }
  guard (try? AuthStore(parsing: Array(store.serialized().utf8), path: authFile)) != nil else {
    fatalError("auth-profiles.json written by modelpin does not read back")
  }
  let agent = config.defaultAgentID
  let workspace = Workspace(
    layout: StateLayout(folder: folder, agent: agent), config: config,
    environment: Environment(process: ["ANTHROPIC_API_KEY": "sk-ant-ENVSECRET-0000000000000000"]),
    selection: ModelSelection(catalog: catalog, config: config, agent: agent), home: folder)
  let layout = workspace.layout
  do {
    try FileManager.default.createDirectory(atPath: layout.agentFolder, withIntermediateDirectories: true)
    try Data(authBytes).write(to: URL(fileURLWithPath: layout.authProfilesFile))
  } catch {
    fatalError("cannot write \(layout.authProfilesFile): \(error)")
  }
  guard let auth = try? AuthStateSnapshot(of: AuthProfileFile(path: layout.authProfilesFile)),
    let interpreter = try? Interpreter(workspace: workspace, sessions: InMemorySessionStore(), auth: auth)
  else { return 0 }
  var now: Int64 = 1_795_510_800_000
  let commands = ["/model", "/model list", "/model status"].map { Array($0.utf8) }
  for line in commands + lines + commands {
    now += 90_000
    Invariants.check(interpreter.handle(utf8: line, session: "main", at: now))
  }
  Invariants.check(interpreter.record(OutcomeReport(result: .rateLimit), session: "main", at: now))
  for candidate in interpreter.completions().candidates(line: "/model x@", wordStart: 9) {
    Invariants.checkDisplayed(candidate, "a completion")
  }
  return 0
}

@_cdecl("FuzzStateFiles_main")
public func fuzzStateFilesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer { data, count in fuzzStateFiles(data, count) }
}
