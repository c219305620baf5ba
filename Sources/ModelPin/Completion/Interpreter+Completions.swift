import ModelCatalog

extension Interpreter {
  /// The REPL's completions over the current catalog and auth store.
  public func completions() -> Completions {
    let selection = workspace.selection
    let profiles = ((try? auth.current())?.profiles ?? []).map { (id: $0.id, provider: $0.provider) }
    return Completions(
      aliases: selection.aliasNames, refs: selection.models.map(\.ref.key), providers: selection.providers,
      profiles: profiles,
      providerOfModel: { text in
        if case .selected(let ref, _) = selection.resolve(text) { return ref.provider }
        return nil
      })
  }
}
