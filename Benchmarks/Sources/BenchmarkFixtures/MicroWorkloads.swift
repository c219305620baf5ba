import AuthProfiles
import Foundation
import ModelCatalog
import ModelCommand
import ModelPin
import StateFolder

/// The operations the micro benchmarks time, ready to run: `ModelPinBenchmarks` measures them,
/// and `modelpin-bench loop` runs one alone, e.g. under callgrind.
///
/// Each operation takes an iteration number and works on input `number % inputs.count` of a
/// small set of varied inputs (`SampleLines`). Interpreters read `fixtures/state/basic` (pins stay
/// in memory) or a scratch state with ten profiles, which the next run replaces.
public struct MicroWorkloads: Sendable {
  /// One timed operation.
  public struct Workload: Sendable {
    public let name: String
    public let run: @Sendable (Int) -> Void
  }

  public let all: [Workload]

  public init() throws {
    let tenProfiles = try StateFolders.tenProfileState(in: StateFolders.scratchFolder("micro"), now: Interpreters.now)
    let interpreter = try Interpreters.inMemory(state: StateFolders.basic.path)
    let routed = try Interpreters.inMemory(state: tenProfiles.path)
    let routedAuth = try AuthStateSnapshot(of: AuthProfileFile(path: routed.workspace.layout.authProfilesFile))
    let selection = interpreter.workspace.selection
    let parser = CommandParser(aliases: selection.aliasNames)
    let sessions = (0..<64).map { "telegram:dm:\($0)" }
    // Auto pins are taken on the first route; the benchmark measures the steady state after it.
    for session in sessions { _ = routed.handle("hello", session: session, at: Interpreters.now) }
    let requests = SampleLines.chat.prefix(4).map { text in
      Array(#"{"session": "telegram:dm:42", "sender": "u1", "at": "2026-11-24T10:00:00Z", "text": "\#(text)"}"#.utf8)
    }
    let replies = SampleLines.chat.map { interpreter.handle($0, session: "telegram:dm:42", at: Interpreters.now) }
    let encoder = FoundationJSON.encoder()
    let decoder = JSONDecoder()
    // Like for like: Foundation's encoder must write the same members as the hand-written writer
    // (in another order: on Linux it keeps no order), for command replies too (lists, errors,
    // suggestions), on a session of their own.
    let commandReplies = SampleLines.commands.map {
      interpreter.handle($0, session: "telegram:dm:99", at: Interpreters.now)
    }
    for reply in replies + commandReplies {
      let foundation = String(decoding: try encoder.encode(EncodableReply(reply)), as: UTF8.self)
      guard FoundationJSON.sortingMembers(try JSONValue.parse(foundation)) == FoundationJSON.sortingMembers(reply.json)
      else {
        throw BenchmarkInputError(reason: "JSONEncoder wrote \(foundation) for \(reply.jsonLine)")
      }
    }
    let large = try LargeAllowlist(models: 10_000)
    let catalog = try [UInt8](
      Data(
        contentsOf: StateFolders.repositoryRoot.appendingPathComponent("Sources/ModelCatalog/Resources/catalog.json")))

    /// `operation` applied to the inputs in turn.
    func cycling<Input: Sendable>(
      _ name: String, _ inputs: [Input], _ operation: @escaping @Sendable (Input) -> some Any
    )
      -> Workload
    {
      Workload(name: name) { number in consume(operation(inputs[number % inputs.count])) }
    }
    all = [
      cycling("parse: chat line", SampleLines.chat) { parser.parse($0) },
      cycling("parse: command line", SampleLines.commands) { parser.parse($0) },
      cycling("resolve: /model <ref>, exact", SampleLines.exactRefs) { selection.resolve($0) },
      cycling("resolve: /model <ref>, fuzzy", SampleLines.fuzzyRefs) { selection.resolve($0) },
      cycling("resolve: /model <typo>, 10,000 allowlisted models", large.typos) { large.selection.resolve($0) },
      cycling("route: ten profiles in order", sessions) { routed.route(of: $0, at: Interpreters.now) },
      cycling("route: authOrder alone, ten profiles", [routedAuth.current()]) {
        $0.authOrder(for: "anthropic", config: routed.workspace.config, now: Interpreters.now)
      },
      cycling("request: parse a JSONL line", requests) { Request.parse($0) },
      cycling("handle: chat line", SampleLines.chat) {
        interpreter.handle($0, session: "telegram:dm:42", at: Interpreters.now)
      },
      cycling("handle: command line", SampleLines.commands) {
        interpreter.handle($0, session: "telegram:dm:43", at: Interpreters.now)
      },
      cycling("reply: jsonLine", replies) { $0.jsonLine },
      cycling("reply: jsonLineUTF8", replies) { $0.jsonLineUTF8 },
      cycling("reply: withJSONLine, as replay prints it", replies) { $0.withJSONLine { $0.count } },
      cycling("reply: Foundation JSONEncoder, same replies", replies) { try? encoder.encode(EncodableReply($0)) },
      cycling("request: Foundation JSONDecoder, same lines", requests) {
        try? decoder.decode(FoundationJSON.RequestLine.self, from: Data($0))
      },
      cycling("JSONValue.parse: catalog.json, 5.8 KB", [catalog]) { try? JSONValue.parse(utf8: $0) },
      cycling("ProviderName.normalized", ["anthropic", "OpenAI", " z.ai ", "bedrock", "google"]) {
        ProviderName.normalized($0)
      },
    ]
  }

  /// The workload named `name`, if any.
  public func workload(named name: String) -> Workload? {
    all.first { $0.name == name }
  }
}

/// Benchmark inputs that do not measure what they claim to.
struct BenchmarkInputError: Error, CustomStringConvertible {
  var reason: String
  var description: String { reason }
}

/// Keeps a result alive so the optimizer cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
