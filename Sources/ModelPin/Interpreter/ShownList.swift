import ModelCatalog

/// The numbered models a session was last shown, for `/model <n>` (spec §4.1).
///
/// A list view keeps which list it paged through rather than its models, so a page of a large
/// catalog costs the page; numbers count across pages, so `/model 23` is item 23 of the whole list.
enum ShownList: Sendable, Equatable {
  /// Every selectable model, or those of one provider (normalized).
  case models(provider: String?)
  /// The candidates of an `ambiguous_model` reply.
  case candidates([ModelRef])

  /// How many items the list has in `selection`.
  func count(in selection: ModelSelection) -> Int {
    switch self {
    case .models(let provider): selection.list(provider: provider).count
    case .candidates(let refs): refs.count
    }
  }

  /// Item `number` (from 1) of the list in `selection`, when there is one.
  func item(_ number: Int, in selection: ModelSelection) -> ModelRef? {
    switch self {
    case .models(let provider):
      let models = selection.list(provider: provider)
      guard number >= 1, number <= models.count else { return nil }
      return models[models.startIndex + number - 1].ref
    case .candidates(let refs):
      guard number >= 1, number <= refs.count else { return nil }
      return refs[number - 1]
    }
  }
}
