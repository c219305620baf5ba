import StateFolder
import Synchronization

/// The contents of `auth-profiles.json` (spec §5.1, version 1): profiles, orders, last good
/// profiles and usage statistics.
///
/// The store keeps the whole parsed document and applies every change to it, so fields modelpin
/// does not know, at every level, are written back as they were, in their order and with their
/// number text. The typed views are derived from the document when it is read, and indexed so
/// that computing an order never scans the document.
public struct AuthStore: Sendable {
  /// What the store holds, shared by its copies until one of them changes: every message's turn
  /// copies the store, and changes are rare.
  private var storage: Storage

  /// The profiles modelpin can use, in file order.
  public private(set) var profiles: [AuthProfile] {
    get { storage.profiles }
    _modify {
      makeUnique()
      yield &storage.profiles
    }
  }
  /// The profiles that were skipped, in file order.
  public private(set) var warnings: [AuthStoreWarning] {
    get { storage.warnings }
    _modify {
      makeUnique()
      yield &storage.warnings
    }
  }
  /// Whether a change was made since the store was read.
  private(set) var hasChanges: Bool {
    get { storage.hasChanges }
    _modify {
      makeUnique()
      yield &storage.hasChanges
    }
  }
  /// Names this store's contents: every store read and every change gets a new revision, so two
  /// stores with the same revision hold the same profiles, orders and usage.
  public private(set) var revision: UInt64 {
    get { storage.revision }
    _modify {
      makeUnique()
      yield &storage.revision
    }
  }
  /// The document as read, with the changes applied.
  private var root: JSONObject {
    get { storage.root }
    _modify {
      makeUnique()
      yield &storage.root
    }
  }
  /// Positions in `profiles`, by id (compared by bytes, as the file's keys are).
  private var positions: [ExactString: Int] {
    get { storage.positions }
    _modify {
      makeUnique()
      yield &storage.positions
    }
  }
  /// For each of `profiles`, what ordering needs to know of it, without its strings.
  private var facts: [OrderFacts] {
    get { storage.facts }
    _modify {
      makeUnique()
      yield &storage.facts
    }
  }
  /// `usageStats`, by profile id (also of profiles that were skipped or are gone).
  private var usageStats: [ExactString: UsageStats] {
    get { storage.usageStats }
    _modify {
      makeUnique()
      yield &storage.usageStats
    }
  }
  /// What the store holds for each provider it names.
  private var providerEntries: [ProviderEntry] {
    get { storage.providerEntries }
    _modify {
      makeUnique()
      yield &storage.providerEntries
    }
  }
  /// Positions in `providerEntries`, by normalized provider name.
  private var providerSlots: [String: Int] {
    get { storage.providerSlots }
    _modify {
      makeUnique()
      yield &storage.providerSlots
    }
  }
  /// Provider names as the file writes them, and their normalized forms, each mapped to its
  /// normalized form: normalizing is slow, and orders compare names on every message.
  private var providerNames: [String: String] {
    get { storage.providerNames }
    _modify {
      makeUnique()
      yield &storage.providerNames
    }
  }

  /// What the secret references of the profiles and the config resolved to (spec §5.1).
  private var secrets: [SecretReference: SecretResolution] {
    get { storage.secrets }
    _modify {
      makeUnique()
      yield &storage.secrets
    }
  }

  /// Gives this store storage of its own before it changes.
  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// The members of the top level that must be objects when present.
  private static let objectMembers = ["profiles", "order", "lastGood", "usageStats"]

  /// An empty store, as a missing file reads.
  public init() {
    storage = Storage(root: JSONObject([("version", .integer(1))]))
  }

  /// Reads the text of `auth-profiles.json`; `path` names the file in errors.
  public init(parsing bytes: [UInt8], path: String) throws(AuthStoreError) {
    let document: JSONValue
    do {
      document = try JSONValue.parse(utf8: bytes)
    } catch {
      throw .unparsable(path: path, error)
    }
    guard let root = document.objectValue else {
      throw .invalidValue(path: path, key: "the top level", expected: "an object")
    }
    for key in Self.objectMembers {
      if let value = root[key], value != .null, value.objectValue == nil {
        throw .invalidValue(path: path, key: key, expected: "an object")
      }
    }
    storage = Storage(root: root)
    reindex()
  }

  /// The file's text: two-space indented JSON with a final newline.
  public func serialized() -> String {
    JSONValue.object(root).serialized()
  }

  // MARK: - Reading

  /// The usable profile with this id, if any.
  public func profile(_ id: String) -> AuthProfile? {
    positions[ExactString(id)].map { profiles[$0] }
  }

  /// The provider of the usable profile with this id, if any.
  public func provider(ofProfile id: String) -> String? {
    positions[ExactString(id)].map { profiles[$0].provider }
  }

  /// The usable profiles of a provider (normalized here), in file order.
  public func profiles(of provider: String) -> [AuthProfile] {
    entry(for: normalized(provider)).positions.map { profiles[$0] }
  }

  /// The usage statistics of a profile; empty when none are stored.
  public func usage(of id: String) -> UsageStats {
    usageStats[ExactString(id)] ?? UsageStats()
  }

  /// The profile that last worked for a provider (normalized here), if recorded.
  public func lastGood(for provider: String) -> String? {
    entry(for: normalized(provider)).lastGood
  }

  /// The store's own order for a provider (normalized here); nil when it has none or an empty one.
  public func explicitOrder(for provider: String) -> [String]? {
    entry(for: normalized(provider)).order
  }

  /// When a profile can be used again: the later of its cooldown and its disabled time, which
  /// may be past; nil when neither is recorded.
  public func usableAt(_ id: String) -> Int64? {
    usageStats[ExactString(id)]?.usableAt
  }

  /// Whether a profile is neither cooling down nor disabled at `now`.
  public func isUsable(_ id: String, now: Int64) -> Bool {
    usageStats[ExactString(id)]?.isUsable(now: now) ?? true
  }

  // MARK: - Secret references

  /// The references of the profiles (`keyRef`, `tokenRef`), each once, in file order.
  public var secretReferences: [SecretReference] {
    var seen: Set<SecretReference> = []
    return profiles.compactMap(\.reference).filter { seen.insert($0).inserted }
  }

  /// Every reference's resolution, for a reload that keeps them.
  var resolutions: [SecretReference: SecretResolution] { secrets }

  /// What a reference resolved to when the store was read; nil when it was not resolved.
  public func resolution(of reference: SecretReference) -> SecretResolution? {
    secrets[reference]
  }

  /// Gives the profiles the values their references resolved to (and keeps those of the config's
  /// references for `resolution(of:)`). Nothing is written: the file keeps its references.
  public mutating func applySecrets(_ values: [SecretReference: SecretResolution]) {
    guard values != secrets else { return }
    secrets = values
    reindex()
    revision = Self.nextRevision()
  }

  // MARK: - Indexes

  /// The position of a usable profile in `profiles`.
  func position(of id: String) -> Int? {
    positions[ExactString(id)]
  }

  /// What the store holds for a provider (normalized); an empty entry for one it does not name.
  func entry(for provider: String) -> ProviderEntry {
    providerSlots[provider].map { providerEntries[$0] } ?? ProviderEntry(slot: -1)
  }

  /// What ordering needs to know of the profile at `position`.
  func facts(at position: Int) -> OrderFacts {
    facts[position]
  }

  /// A provider name normalized (`ProviderName.normalized`), fast for names the file uses.
  func normalized(_ provider: String) -> String {
    providerNames[provider] ?? ProviderName.normalized(provider)
  }

  /// Whether `name`, as written in a file or config, names `provider` (already normalized).
  func matches(_ name: String, _ provider: String) -> Bool {
    name == provider || normalized(name) == provider
  }

  // MARK: - Changes

  /// Stores new usage statistics of a profile, writing only the fields that changed.
  mutating func writeUsage(_ new: UsageStats, for id: String) {
    let old = usage(of: id)
    guard new != old else { return }
    usageStats[ExactString(id)] = new
    if let position = positions[ExactString(id)] { facts[position].schedule(new) }
    root.editObject("usageStats") { all in
      all.editObject(id) { new.write(into: &$0, changedFrom: old) }
    }
    noteChange()
  }

  /// Sets `lastGood` of a provider (normalized), under the provider's existing key if it has one.
  mutating func writeLastGood(_ id: String, for provider: String) {
    guard entry(for: provider).lastGood != id else { return }
    providerEntries[slot(for: provider)].lastGood = id
    let key = root["lastGood"]?.objectValue?.keys.first { matches($0, provider) } ?? provider
    root.editObject("lastGood") { $0[key] = .string(id) }
    noteChange()
  }

  /// Sets, or with nil removes, the store's order of a provider (normalized). Other spellings of
  /// the provider's key are removed; an existing key keeps its place. Returns whether the
  /// document changed.
  @discardableResult
  mutating func writeOrder(_ ids: [String]?, for provider: String) -> Bool {
    let existing = root["order"]?.objectValue?.keys.filter { matches($0, provider) } ?? []
    guard ids != nil || !existing.isEmpty else { return false }
    root.editObject("order") { order in
      let key = existing.first ?? provider
      for other in existing.dropFirst() { order[other] = nil }
      order[key] = ids.map { .array($0.map(JSONValue.string)) }
    }
    providerEntries[slot(for: provider)].setOrder(ids, positions: positions)
    noteChange()
    return true
  }

  /// Edits the whole document, then derives the typed views again.
  mutating func editDocument<Result>(_ body: (inout JSONObject) -> Result) -> Result {
    let result = body(&root)
    reindex()
    noteChange()
    return result
  }

  /// Edits `profiles.<id>` of the document, then derives the typed views again.
  mutating func editProfile(_ id: String, _ body: (inout JSONObject) -> Void) {
    root.editObject("profiles") { profiles in profiles.editObject(id, body) }
    reindex()
    noteChange()
  }

  private mutating func noteChange() {
    hasChanges = true
    revision = Self.nextRevision()
  }

  fileprivate static func nextRevision() -> UInt64 {
    revisions.wrappingAdd(1, ordering: .relaxed).newValue
  }

  // MARK: - Deriving the typed views

  /// Derives the typed views from the document; members of the wrong shape read as empty.
  private mutating func reindex() {
    usageStats = [:]
    for (id, value) in root["usageStats"]?.objectValue?.members ?? [] {
      if let object = value.objectValue { usageStats[ExactString(id)] = UsageStats(json: object) }
    }
    profiles = []
    facts = []
    warnings = []
    positions = [:]
    providerEntries = []
    providerSlots = [:]
    providerNames = [:]
    for (id, value) in root["profiles"]?.objectValue?.members ?? [] {
      switch AuthProfile.read(id: id, from: value, secrets: secrets) {
      case .profile(let profile):
        remember(value["provider"]?.stringValue, as: profile.provider)
        let slot = slot(for: profile.provider)
        positions[ExactString(id)] = profiles.count
        providerEntries[slot].positions.append(profiles.count)
        facts.append(OrderFacts(profile, providerSlot: slot, usage: usage(of: id)))
        profiles.append(profile)
      case .skipped(let problem):
        warnings.append(AuthStoreWarning(profile: id, problem: problem))
      }
    }
    for (key, value) in root["order"]?.objectValue?.members ?? [] {
      let provider = normalizeAndRemember(key)
      let ids = (value.arrayValue ?? []).compactMap(\.stringValue)
      if !ids.isEmpty, entry(for: provider).order == nil {
        providerEntries[slot(for: provider)].setOrder(ids, positions: positions)
      }
    }
    for (key, value) in root["lastGood"]?.objectValue?.members ?? [] {
      let provider = normalizeAndRemember(key)
      if let id = value.stringValue, entry(for: provider).lastGood == nil {
        providerEntries[slot(for: provider)].lastGood = id
      }
    }
  }

  /// The slot of a provider (normalized) in `providerEntries`, added when it has none.
  private mutating func slot(for provider: String) -> Int {
    if let slot = providerSlots[provider] { return slot }
    providerEntries.append(ProviderEntry(slot: providerEntries.count))
    providerSlots[provider] = providerEntries.count - 1
    return providerEntries.count - 1
  }

  /// Remembers the normalized form of a provider name and of itself.
  private mutating func remember(_ name: String?, as provider: String) {
    if let name { providerNames[name] = provider }
    providerNames[provider] = provider
  }

  /// Normalizes a provider name of the file and remembers it.
  private mutating func normalizeAndRemember(_ name: String) -> String {
    let provider = normalized(name)
    remember(name, as: provider)
    return provider
  }
}

/// The fields of an `AuthStore`, which its copies share.
///
/// Copy-on-write: a store changes its storage only when no other store holds it (`makeUnique`),
/// so a storage that several stores, and threads, share is never changed.
private final class Storage: @unchecked Sendable {
  var profiles: [AuthProfile] = []
  var warnings: [AuthStoreWarning] = []
  var hasChanges = false
  var revision = AuthStore.nextRevision()
  var root: JSONObject
  var positions: [ExactString: Int] = [:]
  var facts: [OrderFacts] = []
  var usageStats: [ExactString: UsageStats] = [:]
  var providerEntries: [ProviderEntry] = []
  var providerSlots: [String: Int] = [:]
  var providerNames: [String: String] = [:]
  var secrets: [SecretReference: SecretResolution] = [:]

  init(root: JSONObject) {
    self.root = root
  }

  func copy() -> Storage {
    let copy = Storage(root: root)
    copy.profiles = profiles
    copy.warnings = warnings
    copy.hasChanges = hasChanges
    copy.revision = revision
    copy.positions = positions
    copy.facts = facts
    copy.usageStats = usageStats
    copy.providerEntries = providerEntries
    copy.providerSlots = providerSlots
    copy.providerNames = providerNames
    copy.secrets = secrets
    return copy
  }
}

/// The last revision given to a store.
private let revisions = Atomic<UInt64>(0)

/// What a store holds for one provider.
struct ProviderEntry {
  /// Its place in the store's provider entries; -1 for a provider the store does not name.
  let slot: Int
  /// The positions of its profiles in `AuthStore.profiles`, in file order.
  var positions: [Int] = []
  /// The store's order: nil when it has none or an empty one.
  private(set) var order: [String]?
  /// The positions of the ids of `order` that name stored profiles, in order, repeats included.
  private(set) var orderPositions: [Int] = []
  /// `lastGood`.
  var lastGood: String?

  init(slot: Int) {
    self.slot = slot
  }

  /// Sets the store's order and resolves its ids to positions.
  mutating func setOrder(_ ids: [String]?, positions: [ExactString: Int]) {
    order = ids?.isEmpty == false ? ids : nil
    orderPositions = order?.compactMap { positions[ExactString($0)] } ?? []
  }
}

/// What ordering needs to know of a profile: plain values, so that an order touches no strings.
struct OrderFacts {
  /// The slot of its provider's entry.
  let providerSlot: Int
  let kind: AuthProfile.Kind
  let hasSecret: Bool
  let expires: Int64?
  /// `lastUsed`, zero when never used.
  private(set) var lastUsed: Int64
  /// When it can be used again; nil when nothing keeps it out.
  private(set) var usableAt: Int64?

  init(_ profile: AuthProfile, providerSlot: Int, usage: UsageStats) {
    self.providerSlot = providerSlot
    kind = profile.kind
    hasSecret = profile.hasSecret
    expires = profile.expires
    lastUsed = usage.lastUsed ?? 0
    usableAt = usage.usableAt
  }

  /// Takes the times of new usage statistics.
  mutating func schedule(_ usage: UsageStats) {
    lastUsed = usage.lastUsed ?? 0
    usableAt = usage.usableAt
  }

  /// The first moment after `now` at which ordering may see this profile differently: its
  /// cooldown or disabled time ends, or its token expires; nil when nothing is due.
  func nextChange(after now: Int64) -> Int64? {
    var next: Int64?
    if let usableAt, usableAt > now { next = usableAt }
    if kind == .token, let expires, expires > now, expires < next ?? .max { next = expires }
    return next
  }

  /// See `AuthProfile.hasCredential(now:)`.
  func hasCredential(now: Int64) -> Bool {
    AuthProfile.hasCredential(kind: kind, hasSecret: hasSecret, expires: expires, now: now)
  }
}
