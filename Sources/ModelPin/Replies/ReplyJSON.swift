import AuthProfiles
import StateFolder

extension Reply {
  /// The reply as the JSON object of §6: `jsonLine` read back (it is JSON by construction).
  public var json: JSONValue {
    try! JSONValue.parse(jsonLine)
  }

  /// One line of JSON, as `replay --json` and `serve` print it: the object of §6, fields in the
  /// order the spec lists them.
  public var jsonLine: String {
    var writer = JSONLineWriter()
    write(to: &writer)
    return writer.text
  }

  /// `jsonLine` as UTF-8, for printing it with no `String` in between.
  ///
  /// Written straight to text, without a `JSONValue` tree: replay prints one reply per line.
  public var jsonLineUTF8: [UInt8] {
    var writer = JSONLineWriter()
    write(to: &writer)
    return writer.bytes
  }

  /// `jsonLineUTF8` and a line break, lent to `body`: what `replay --json` prints, with no array
  /// made of it on the way.
  public func withJSONLine<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    var writer = JSONLineWriter()
    write(to: &writer)
    return try writer.withLine(body)
  }

  func write(to writer: inout JSONLineWriter) {
    writer.beginObject()
    writer.key("line")
    writer.integer(line.map(Int64.init))
    writer.key("id")
    switch id {
    case .number(let text): writer.number(text)
    case .string(let text): writer.string(text)
    case nil: writer.string(nil)
    }
    writer.key("session")
    writer.string(session)
    writer.key("kind")
    writer.string(kind.rawValue)
    writer.key("ok")
    writer.bool(ok)
    writer.key("text")
    writer.string(text)
    if let hint {
      writer.key("hint")
      writer.string(hint)
    }
    writer.key("route")
    if let route { route.write(to: &writer, secret: routeSecret) } else { writer.string(nil) }
    if let error {
      writer.key("error")
      error.write(to: &writer)
    }
    if let items {
      writer.key("items")
      writer.beginArray()
      for item in items { item.write(to: &writer) }
      writer.endArray()
    }
    if let page {
      writer.key("page")
      page.write(to: &writer)
    }
    if let providers {
      writer.key("providers")
      writer.beginArray()
      for provider in providers { provider.write(to: &writer) }
      writer.endArray()
    }
    writer.endObject()
  }
}

extension ListPage {
  func write(to writer: inout JSONLineWriter) {
    writer.beginObject()
    writer.key("number")
    writer.integer(Int64(number))
    writer.key("count")
    writer.integer(Int64(count))
    writer.key("size")
    writer.integer(Int64(size))
    writer.key("total")
    writer.integer(Int64(total))
    writer.key("provider")
    writer.string(provider)
    writer.endObject()
  }
}

extension ProviderSummary {
  /// Writes the object; with `secret` (serve's `--credentials`), its `secret` member too.
  func write(to writer: inout JSONLineWriter, secret: Secret?? = nil) {
    writer.beginObject()
    writer.key("provider")
    writer.string(provider)
    writer.key("models")
    writer.integer(Int64(models))
    writer.key("hasCredential")
    writer.bool(hasCredential)
    writer.endObject()
  }
}

extension Route {
  /// The `route` object of §6.
  public var json: JSONValue {
    var writer = JSONLineWriter()
    write(to: &writer)
    return try! JSONValue.parse(writer.text)
  }

  /// Writes the object; with `secret` (serve's `--credentials`), its `secret` member too.
  ///
  /// Without a secret, written once per route and copied after: the replies `ChatRoutes`
  /// answers share their route, and most lines are chat lines.
  func write(to writer: inout JSONLineWriter, secret: Secret?? = nil) {
    guard secret == nil else { return writeObject(to: &writer, secret: secret) }
    if let json = writtenJSON { return writer.json(json) }
    writtenJSON = writer.recordingValue { writeObject(to: &$0, secret: nil) }
  }

  private func writeObject(to writer: inout JSONLineWriter, secret: Secret??) {
    writer.beginObject()
    writer.key("provider")
    writer.string(provider)
    writer.key("model")
    writer.string(model)
    writer.key("alias")
    writer.string(alias)
    writer.key("modelSource")
    writer.string(modelSource.rawValue)
    writer.key("profile")
    writer.string(profile)
    writer.key("profileSource")
    writer.string(profileSource?.rawValue)
    writer.key("credential")
    writer.string(credential?.label)
    writer.key("cooling")
    writer.bool(cooling)
    if let usableAt {
      writer.key("usableAt")
      writer.integer(usableAt)
    }
    if let secret {
      writer.key("secret")
      if let secret { secret.write(to: &writer) } else { writer.string(nil) }
    }
    writer.endObject()
  }
}

extension Secret {
  /// `{"type": "api_key", "value": "…", "expires": null}` (spec §6).
  func write(to writer: inout JSONLineWriter) {
    writer.beginObject()
    writer.key("type")
    writer.string(kind.rawValue)
    writer.key("value")
    writer.string(value)
    writer.key("expires")
    writer.integer(expires)
    writer.endObject()
  }
}

extension ReplyError {
  func write(to writer: inout JSONLineWriter) {
    writer.beginObject()
    writer.key("code")
    writer.string(code.rawValue)
    writer.key("message")
    writer.string(message)
    if !suggestions.isEmpty {
      writer.key("suggestions")
      writer.beginArray()
      for suggestion in suggestions { writer.string(suggestion) }
      writer.endArray()
    }
    writer.endObject()
  }
}

extension ListItem {
  func write(to writer: inout JSONLineWriter) {
    writer.beginObject()
    writer.key("n")
    writer.integer(Int64(number))
    writer.key("ref")
    writer.string(ref)
    writer.key("aliases")
    writer.beginArray()
    for alias in aliases { writer.string(alias) }
    writer.endArray()
    writer.key("current")
    writer.bool(isCurrent)
    writer.key("default")
    writer.bool(isDefault)
    writer.key("hasCredential")
    writer.bool(hasCredential)
    writer.endObject()
  }
}
