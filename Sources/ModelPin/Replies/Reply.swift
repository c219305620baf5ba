import AuthProfiles
import SafeText

/// The answer to one handled line or request (spec §6).
public struct Reply: Sendable, Equatable {
  /// What the line was.
  public enum Kind: String, Sendable {
    case show, list, status, select, reset, chat, outcome, invalid
  }

  /// The line number in a transcript, when replaying.
  public var line: Int?
  /// The request id, when serving.
  public var id: RequestID?
  public var session: String
  public var kind: Kind
  public var ok: Bool { error == nil }
  /// What the REPL prints: safe to print, made of `SafeText`.
  public internal(set) var text: String
  /// `text` as the safe text it was made of, for printing.
  public var safeText: SafeText { SafeText(verbatim: text) }
  /// The session's route after the line; nil only when the session key itself was unusable.
  public var route: Route?
  /// What few replies carry (a hint, an error, a list, a secret), kept out of line: these fields
  /// made a reply ~350 bytes, and a reply is copied a few times on its way (where the optimizer
  /// does not see that it could move it), each copy touching every field.
  private var details = Details.none

  /// A hint after the text, safe to print as `text` is.
  public internal(set) var hint: String? {
    get { details.fields.hint }
    set { self[detail: \.hint] = newValue }
  }
  public var error: ReplyError? {
    get { details.fields.error }
    set { self[detail: \.error] = newValue }
  }
  /// The numbered models of `list` and `ambiguous_model`.
  public var items: [ListItem]? {
    get { details.fields.items }
    set { self[detail: \.items] = newValue }
  }
  /// Which page of the list `items` is, for a paged list.
  public var page: ListPage? {
    get { details.fields.page }
    set { self[detail: \.page] = newValue }
  }
  /// The providers of the overview (`/models`).
  public var providers: [ProviderSummary]? {
    get { details.fields.providers }
    set { self[detail: \.providers] = newValue }
  }
  /// Set only by `serve --stdio --credentials`: the route's secret, written as `route.secret`
  /// (`.some(nil)`: the route has none, written as null); nil leaves the field out.
  var routeSecret: Secret?? {
    get { details.fields.routeSecret }
    set { self[detail: \.routeSecret] = newValue }
  }

  /// Sets one of the details: in new details, as the box is shared by the reply's copies.
  private subscript<Value>(detail field: WritableKeyPath<Details.Fields, Value>) -> Value {
    get { details.fields[keyPath: field] }
    set {
      var fields = details.fields
      fields[keyPath: field] = newValue
      details = Details(fields)
    }
  }

  public init(
    session: String, kind: Kind, text: SafeText, hint: SafeText? = nil, route: Route?,
    error: ReplyError? = nil, items: [ListItem]? = nil
  ) {
    self.session = session
    self.kind = kind
    self.text = text.string
    self.route = route
    if hint != nil || error != nil || items != nil {
      details = Details(Details.Fields(hint: hint?.string, error: error, items: items))
    }
  }
}

extension Reply: CustomReflectable {
  /// The fields, as a struct's: `print`, `dump` and test failures show them, not the shared
  /// details, and never a route's secret.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "line": line as Any, "id": id as Any, "session": session, "kind": kind, "text": text, "hint": hint as Any,
        "route": route as Any, "error": error as Any, "items": items as Any, "page": page as Any,
        "providers": providers as Any,
      ], displayStyle: .struct)
  }
}

extension Reply {
  /// The fields most replies leave empty, shared by copies of a reply; a change makes a new one.
  private final class Details: Sendable, Equatable {
    struct Fields: Sendable, Equatable {
      var hint: String?
      var error: ReplyError?
      var items: [ListItem]?
      var page: ListPage?
      var providers: [ProviderSummary]?
      var routeSecret: Secret??
    }

    /// The details of a reply with none of them.
    static let none = Details(Fields())

    let fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }

    static func == (lhs: Details, rhs: Details) -> Bool { lhs.fields == rhs.fields }
  }
}

/// One numbered model of a list (spec §6 `items`).
public struct ListItem: Sendable, Equatable {
  public var number: Int
  public var ref: String
  public var aliases: [String]
  public var isCurrent: Bool
  public var isDefault: Bool
  public var hasCredential: Bool

  public init(number: Int, ref: String, aliases: [String], isCurrent: Bool, isDefault: Bool, hasCredential: Bool) {
    self.number = number
    self.ref = ref
    self.aliases = aliases
    self.isCurrent = isCurrent
    self.isDefault = isDefault
    self.hasCredential = hasCredential
  }
}

/// A request id as the bridge sent it: a number or a string, echoed back unchanged.
public enum RequestID: Sendable, Equatable {
  case number(String)
  case string(String)
}

/// Where a page of a list lies in it (spec §6 `page`).
public struct ListPage: Sendable, Equatable {
  /// The page shown, from 1.
  public var number: Int
  /// How many pages the list has.
  public var count: Int
  /// Items a page holds.
  public var size: Int
  /// Items the whole list holds.
  public var total: Int
  /// The provider the list is of; nil for every provider's models.
  public var provider: String?

  public init(number: Int, count: Int, size: Int, total: Int, provider: String?) {
    self.number = number
    self.count = count
    self.size = size
    self.total = total
    self.provider = provider
  }
}

/// One provider of the overview (spec §6 `providers`).
public struct ProviderSummary: Sendable, Equatable {
  public var provider: String
  /// How many selectable models it has.
  public var models: Int
  public var hasCredential: Bool

  public init(provider: String, models: Int, hasCredential: Bool) {
    self.provider = provider
    self.models = models
    self.hasCredential = hasCredential
  }
}
