import StateFolder

/// The profiles a provider tries, first to last (spec §5.3), as computed at one moment.
public struct AuthOrder: Sendable, Equatable {
  /// The provider, normalized.
  public var provider: String
  /// The profiles in order.
  public var entries: [Entry]
  /// Whether the list came from an explicit order (the store's or the config's `auth.order`).
  public var isExplicit: Bool
  /// Whether that explicit order is the store's own.
  public var isStoreOrder: Bool
  /// The ids of explicit lists that were passed over because none of them names a stored profile
  /// of the provider any more (spec §5.3), e.g. after logging in again under a new id.
  public var drifted: [String]

  public init(
    provider: String, entries: [Entry], isExplicit: Bool, isStoreOrder: Bool = false, drifted: [String] = []
  ) {
    self.provider = provider
    self.entries = entries
    self.isExplicit = isExplicit
    self.isStoreOrder = isStoreOrder
    self.drifted = drifted
  }

  /// A profile of the order.
  public struct Entry: Sendable, Equatable {
    /// The profile id.
    public var id: String
    /// When the profile can be used again if it was cooling down or disabled when the order was
    /// computed; nil when it was usable.
    public var usableAt: Int64?

    public init(id: String, usableAt: Int64? = nil) {
      self.id = id
      self.usableAt = usableAt
    }
  }

  /// The profile ids in order.
  public var ids: [String] { entries.map(\.id) }

  /// The first profile: the one the next call uses, or, when every profile cools down, the one
  /// usable soonest.
  public var next: String? { entries.first?.id }

  /// The first profile that was usable; nil when every profile cools down or is disabled.
  public var firstUsable: String? { entries.first { $0.usableAt == nil }?.id }

  /// When a profile of the order can be used again; nil when it was usable or is not in the order.
  public func usableAt(_ id: String) -> Int64? {
    entries.first { $0.id == id }?.usableAt
  }
}

extension AuthStore {
  /// The order in which `provider` (normalized here) tries its profiles at `now` (spec §5.3).
  ///
  /// 1. The list: the store's `order`, else the config's `auth.order`, else the config's
  ///    `auth.profiles` of the provider, else every stored profile of the provider in file order.
  ///    A list none of whose ids is a stored profile of the provider has drifted and is passed over.
  /// 2. A profile is kept when it is stored, of the provider, of the config's `mode` when one is
  ///    given (`oauth` also accepts a `token`), and holds a credential (an unexpired token);
  ///    duplicates are dropped.
  /// 3. An explicit order keeps its sequence, with unusable profiles (cooling or disabled) moved
  ///    to the end, soonest usable first.
  /// 4. Otherwise usable profiles by type (oauth, token, api_key), then least recently used,
  ///    then unusable ones, soonest usable first.
  public func authOrder(for provider: String, config: Config, now: Int64) -> AuthOrder {
    timedAuthOrder(for: provider, config: config, now: now).order
  }

  /// `authOrder(for:config:now:)`, and until when it stays the same: the first moment after
  /// `now` at which a profile of the list stops cooling down or its token expires (nil: never,
  /// for this store and config).
  func timedAuthOrder(for provider: String, config: Config, now: Int64) -> (order: AuthOrder, until: Int64?) {
    let provider = normalized(provider)
    let stored = entry(for: provider)
    let (namedByConfig, rejectedByMode) = configProfiles(of: provider, in: config)
    /// Whether a list names at least one stored profile of the provider.
    func namesAProfile(_ positions: [Int]) -> Bool {
      positions.contains { facts(at: $0).providerSlot == stored.slot }
    }
    var drifted: [String] = []
    // The list of step 1, as positions in `profiles`.
    var listed: [Int]?
    var isStoreOrder = false
    if let order = stored.order {
      if namesAProfile(stored.orderPositions) {
        listed = stored.orderPositions
        isStoreOrder = true
      } else {
        drifted += order
      }
    }
    var isExplicit = listed != nil
    if listed == nil, let configured = config.authOrder(of: provider) {
      let positions = configured.compactMap(position(of:))
      if namesAProfile(positions) {
        listed = positions
        isExplicit = true
      } else {
        drifted += configured.filter { !drifted.contains($0) }
      }
    }
    if listed == nil, let namedByConfig, namesAProfile(namedByConfig) { listed = namedByConfig }
    let list = listed ?? stored.positions
    var candidates: [Candidate] = []
    candidates.reserveCapacity(list.count)
    var until: Int64?
    // Sets, not scans: an order may list a hundred thousand profiles.
    let rejected = Set(rejectedByMode)
    var taken: Set<Int> = []
    for position in list {
      let facts = facts(at: position)
      guard facts.providerSlot == stored.slot, !rejected.contains(position) else { continue }
      if let change = facts.nextChange(after: now), change < until ?? .max { until = change }
      guard facts.hasCredential(now: now), taken.insert(position).inserted else { continue }
      candidates.append(
        Candidate(position: position, sequence: candidates.count, facts: facts, byType: !isExplicit, now: now))
    }
    candidates.sort { $0.key < $1.key }
    let order = AuthOrder(
      provider: provider,
      entries: candidates.map { AuthOrder.Entry(id: profiles[$0.position].id, usableAt: $0.usableAt) },
      isExplicit: isExplicit, isStoreOrder: isStoreOrder, drifted: drifted)
    return (order, until)
  }

  /// What the config's `auth.profiles` says, in one pass: the positions of the stored profiles it
  /// lists for the provider (normalized), nil when it lists none of that provider; and the
  /// positions of stored profiles whose type is not the `mode` it gives them (`oauth` also
  /// accepts a `token`).
  private func configProfiles(of provider: String, in config: Config) -> (named: [Int]?, rejected: [Int]) {
    var named: [Int] = []
    var namesProvider = false
    var rejected: [Int] = []
    for metadata in config.authProfiles {
      let isOfProvider = matches(metadata.provider, provider)
      guard isOfProvider || metadata.mode != nil else { continue }
      let position = position(of: metadata.id)
      if isOfProvider {
        namesProvider = true
        if let position { named.append(position) }
      }
      if let position, let mode = metadata.mode {
        let kind = facts(at: position).kind
        if mode != kind.rawValue && !(mode == AuthProfile.Kind.oauth.rawValue && kind == .token) {
          rejected.append(position)
        }
      }
    }
    return (namesProvider ? named : nil, rejected)
  }
}

/// A profile being ordered.
private struct Candidate {
  var position: Int
  /// When it can be used again, if it is cooling down or disabled.
  var usableAt: Int64?
  /// What the order sorts by, left to right: usable before unusable; unusable soonest usable
  /// first; usable by type, then least recently used, when `byType`; then the list's sequence.
  var key: (Int64, Int64, Int64, Int)

  init(position: Int, sequence: Int, facts: OrderFacts, byType: Bool, now: Int64) {
    self.position = position
    if let until = facts.usableAt, now < until {
      usableAt = until
      key = (1, until, 0, sequence)
    } else {
      key = byType ? (0, facts.kind.rank, facts.lastUsed, sequence) : (0, 0, 0, sequence)
    }
  }
}

extension AuthProfile.Kind {
  /// The preference of an implicit order: oauth, then token, then api_key.
  fileprivate var rank: Int64 {
    switch self {
    case .oauth: 0
    case .token: 1
    case .apiKey: 2
    }
  }
}
