/// Why the database could not be used: the server (password masked) and what went wrong, e.g.
/// `postgresql://bridge:***@db:5432/state: connection refused; is the server running?`
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The server as ``DatabaseURL/display`` names it.
  public var server: String
  /// What went wrong, on one line.
  public var message: String
  /// PostgreSQL's SQLSTATE code, when the server answered with an error.
  public var sqlState: String?

  public init(server: String, message: String, sqlState: String? = nil) {
    self.server = server
    self.message = message
    self.sqlState = sqlState
  }

  public var description: String { "\(server): \(message)" }

  /// Whether the statement waited too long for a lock or for the server (SQLSTATE 55P03, 57014).
  var isTimeout: Bool { sqlState == "55P03" || sqlState == "57014" }

  /// libpq's multi-line text on one line: lines trimmed and joined with "; ".
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingPrefix(while: \.isWhitespace) }
      .map { line in line.hasSuffix(" ") ? String(line.dropLast()) : String(line) }
      .filter { !$0.isEmpty }
      .joined(separator: "; ")
  }
}

extension LibPQ {
  /// libpq, or an error saying how to install it; `server` names what needed it.
  static func loaded(for server: String) throws(PostgresError) -> LibPQ {
    switch shared {
    case .success(let libpq): return libpq
    case .failure(let error):
      throw PostgresError(
        server: server, message: "libpq could not be loaded (\(error.reason)); install libpq5 (apt install libpq5)")
    }
  }
}
