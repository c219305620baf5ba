import ModelCatalog
import StateFolder

/// The numbered list each session was last shown (`/model list`, an ambiguous model), which
/// `/model <n>` picks from, kept for the sessions that were shown one most recently.
///
/// A process serving many sessions would otherwise keep one list per session it ever saw. At most
/// `capacity` lists are kept; when a new one would pass that, the quarter used least recently is
/// dropped, so the `capacity * 3 / 4` most recent are always there. A session whose list was
/// dropped picks from the unfiltered list, as after a restart (README, limits).
struct ShownLists: Sendable {
  /// How many sessions' lists are kept by default.
  static let defaultCapacity = 4096

  let capacity: Int
  private var lists: [ExactString: (list: ShownList, used: UInt64)] = [:]
  /// Counts uses, to tell which list was used least recently.
  private var clock: UInt64 = 0

  init(capacity: Int = defaultCapacity) {
    self.capacity = capacity
  }

  /// How many lists are kept.
  var count: Int { lists.count }

  /// The list `session` was last shown, if still kept; reading it counts as a use.
  subscript(session: String) -> ShownList? {
    mutating get {
      let key = ExactString(session)
      guard let list = lists[key]?.list else { return nil }
      clock += 1
      lists[key]?.used = clock
      return list
    }
    set {
      let key = ExactString(session)
      guard let newValue else {
        lists[key] = nil
        return
      }
      clock += 1
      lists[key] = (newValue, clock)
      if lists.count > capacity { dropLeastRecentlyUsed() }
    }
  }

  /// Forgets every list, as when the config they numbered has changed.
  mutating func removeAll() {
    lists = [:]
  }

  /// Drops the quarter of the lists used least recently: a sort every `capacity / 4` new
  /// sessions, so keeping a list costs a few comparisons.
  private mutating func dropLeastRecentlyUsed() {
    let kept = capacity * 3 / 4
    let oldest = lists.sorted { $0.value.used < $1.value.used }.prefix(lists.count - kept)
    for (key, _) in oldest { lists[key] = nil }
  }
}
