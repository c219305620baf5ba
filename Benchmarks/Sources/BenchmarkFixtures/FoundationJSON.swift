import Foundation
import ModelPin
import StateFolder

/// Foundation's JSON coders doing the work of modelpin's hand-written JSON, for the micro
/// benchmarks that show what the hand-written parts buy (issue 19 item 2): the same replies
/// through `JSONEncoder`, the same request lines through `JSONDecoder`.
public enum FoundationJSON {
  /// An encoder set as close to `Reply.jsonLine` as it goes: `/` unescaped. It cannot keep the
  /// order of §6: on Linux the members come out in no set order.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return encoder
  }

  /// `value` with the members of every object sorted by key: `JSONEncoder` on Linux writes them
  /// in no set order, so its output is compared with the hand-written one this way.
  public static func sortingMembers(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let object):
      return .object(JSONObject(object.members.map { ($0.key, sortingMembers($0.value)) }.sorted { $0.0 < $1.0 }))
    case .array(let elements):
      return .array(elements.map(sortingMembers))
    default:
      return value
    }
  }

  /// A request line's members, as `Request.parse` reads them (without checking the session key
  /// or reading `at` as a time, which the hand-written reader does besides).
  public struct RequestLine: Decodable {
    public var session: String?
    public var sender: String?
    public var at: String?
    public var text: String?
    public var language: String?
  }
}

/// A reply with the members of §6 in `Reply.jsonLine`'s order, nulls written where it writes them.
public struct EncodableReply: Encodable {
  let reply: Reply

  public init(_ reply: Reply) {
    self.reply = reply
  }

  enum Keys: String, CodingKey {
    case line, id, session, kind, ok, text, hint, route, error, items, page, providers
    case provider, model, alias, modelSource, profile, profileSource, credential, cooling, usableAt
    case code, message, suggestions
    case n, ref, aliases, current, `default`, hasCredential
    case number, count, size, total, models
  }

  public func encode(to encoder: any Encoder) throws {
    var object = encoder.container(keyedBy: Keys.self)
    try object.encode(reply.line, forKey: .line)
    switch reply.id {
    case .number(let text): try object.encode(Decimal(string: text), forKey: .id)
    case .string(let text): try object.encode(text, forKey: .id)
    case nil: try object.encodeNil(forKey: .id)
    }
    try object.encode(reply.session, forKey: .session)
    try object.encode(reply.kind.rawValue, forKey: .kind)
    try object.encode(reply.ok, forKey: .ok)
    try object.encode(reply.text, forKey: .text)
    try object.encodeIfPresent(reply.hint, forKey: .hint)
    if let route = reply.route {
      var member = object.nestedContainer(keyedBy: Keys.self, forKey: .route)
      try member.encode(route.provider, forKey: .provider)
      try member.encode(route.model, forKey: .model)
      try member.encode(route.alias, forKey: .alias)
      try member.encode(route.modelSource.rawValue, forKey: .modelSource)
      try member.encode(route.profile, forKey: .profile)
      try member.encode(route.profileSource?.rawValue, forKey: .profileSource)
      try member.encode(route.credential?.label, forKey: .credential)
      try member.encode(route.cooling, forKey: .cooling)
      try member.encodeIfPresent(route.usableAt, forKey: .usableAt)
    } else {
      try object.encodeNil(forKey: .route)
    }
    if let error = reply.error {
      var member = object.nestedContainer(keyedBy: Keys.self, forKey: .error)
      try member.encode(error.code.rawValue, forKey: .code)
      try member.encode(error.message, forKey: .message)
      if !error.suggestions.isEmpty { try member.encode(error.suggestions, forKey: .suggestions) }
    }
    if let items = reply.items {
      var array = object.nestedUnkeyedContainer(forKey: .items)
      for item in items {
        var member = array.nestedContainer(keyedBy: Keys.self)
        try member.encode(item.number, forKey: .n)
        try member.encode(item.ref, forKey: .ref)
        try member.encode(item.aliases, forKey: .aliases)
        try member.encode(item.isCurrent, forKey: .current)
        try member.encode(item.isDefault, forKey: .default)
        try member.encode(item.hasCredential, forKey: .hasCredential)
      }
    }
    if let page = reply.page {
      var member = object.nestedContainer(keyedBy: Keys.self, forKey: .page)
      try member.encode(page.number, forKey: .number)
      try member.encode(page.count, forKey: .count)
      try member.encode(page.size, forKey: .size)
      try member.encode(page.total, forKey: .total)
      try member.encode(page.provider, forKey: .provider)
    }
    if let providers = reply.providers {
      var array = object.nestedUnkeyedContainer(forKey: .providers)
      for summary in providers {
        var member = array.nestedContainer(keyedBy: Keys.self)
        try member.encode(summary.provider, forKey: .provider)
        try member.encode(summary.models, forKey: .models)
        try member.encode(summary.hasCredential, forKey: .hasCredential)
      }
    }
  }
}
