import StateFolder

/// An alias that `/model <alias>` could never reach, because the command reads the same word as
/// something else first (spec §4.2): a provider's name, another model's ref, or a word of the
/// command itself (`list`, `status`, `default`, `reset`, or a number, which picks from a list).
///
/// The config that gives one is refused at start, like two models sharing an alias, and `doctor`
/// names it.
public struct AliasConflict: Error, Sendable, Equatable, CustomStringConvertible {
  /// What the alias is taken for.
  public enum Reason: Sendable, Equatable {
    /// The name of a provider of the selectable models (after normalization).
    case providerName(String)
    /// The `provider/model` ref of another selectable model.
    case modelRef(String)
    /// A keyword of `/model`, or a number.
    case commandWord
  }

  /// The config file that gives the alias, when known.
  public var path: String?
  public var alias: String
  /// The model the alias names.
  public var model: ModelRef
  public var reason: Reason

  /// The conflicts of the aliases of `selection`, in list order.
  public static func all(in selection: ModelSelection, path: String? = nil) -> [AliasConflict] {
    let providers = Set(selection.providers)
    // Only an alias with a `/` can be a ref: the refs are gathered for the first such alias, so a
    // large allowlist does not lowercase every key at each start.
    var refs: Set<String>?
    func isRef(_ word: String) -> Bool {
      if refs == nil { refs = Set(selection.models.map { $0.ref.key.lowercased() }) }
      return refs!.contains(word)
    }
    var conflicts: [AliasConflict] = []
    for model in selection.models where !model.aliases.isEmpty {
      for alias in model.aliases {
        let word = alias.lowercased()
        let reason: Reason
        if ["list", "status", "default", "reset"].contains(word) || (!word.isEmpty && word.allSatisfy(\.isASCIIDigit)) {
          reason = .commandWord
        } else if providers.contains(ProviderName.normalized(alias)) {
          reason = .providerName(ProviderName.normalized(alias))
        } else if word.utf8.contains(UInt8(ascii: "/")), word != model.ref.key.lowercased(), isRef(word) {
          reason = .modelRef(word)
        } else {
          continue
        }
        conflicts.append(AliasConflict(path: path, alias: alias, model: model.ref, reason: reason))
      }
    }
    return conflicts
  }

  public var description: String {
    let what =
      switch reason {
      case .providerName(let provider): "the name of the provider \(provider)"
      case .modelRef(let ref): "the ref of the model \(ref)"
      case .commandWord: "a word of the /model command"
      }
    return (path.map { "\($0): " } ?? "") + "alias \"\(alias)\" of \(model.key) is also \(what), "
      + "so /model \(alias) cannot reach it; rename it in agents.defaults.models"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
