import Foundation

/// What a figure was measured on: cores, CPU, Swift, the date and the load.
struct Machine: CustomStringConvertible {
  var cores: Int
  var cpu: String
  var swift: String
  var date: String
  var load: String

  static var current: Machine {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let cpu =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
    let swift =
      Spawn.output(["swift", "--version"]).split(separator: "\n").first { $0.contains("Swift version") }
      .map(String.init) ?? "unknown"
    let formatter = ISO8601DateFormatter()
    return Machine(
      cores: ProcessInfo.processInfo.activeProcessorCount, cpu: cpu, swift: swift,
      date: formatter.string(from: Date()), load: loadAverage())
  }

  /// The 1, 5 and 15 minute load averages.
  static func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  var description: String {
    "machine: nproc \(cores), \(cpu), \(swift)\ndate: \(date)\nload average before: \(load)"
  }
}
