import StateFolder

extension AuthStore {
  /// Stores a `token` profile (`auth paste-token`, `auth setup-token`), replacing the credential
  /// of an existing profile of that id (its secret reference too) and keeping its other fields. When the store has an order
  /// for the provider, the profile goes first in it.
  ///
  /// - Parameters:
  ///   - token: the token; surrounding whitespace, such as a pasted line's newline, is dropped.
  ///   - expires: Unix milliseconds, or nil for a token that does not expire.
  /// - Throws: `AuthStoreError.emptyToken` when the token is blank.
  public mutating func setToken(id: String, provider: String, token: String, expires: Int64?) throws(AuthStoreError) {
    let token = String(token.trimmingSpaces())
    guard !token.isEmpty else { throw .emptyToken(profile: id) }
    let provider = normalized(provider)
    editProfile(id) { profile in
      profile["type"] = .string(AuthProfile.Kind.token.rawValue)
      if profile["provider"]?.stringValue.map(ProviderName.normalized) != provider {
        profile["provider"] = .string(provider)
      }
      profile["token"] = .string(token)
      profile.setInteger("expires", expires)
      // A reference would win over the pasted token (spec §5.1).
      for field in ["key", "access", "refresh", "keyRef", "tokenRef"] { profile[field] = nil }
    }
    if var ids = explicitOrder(for: provider) {
      ids.removeAll { $0.hasSameBytes(as: id) }
      writeOrder([id] + ids, for: provider)
    }
  }

  /// Sets the store's order of a provider (`auth order set`); repeated ids are dropped.
  ///
  /// - Throws: `AuthStoreError.emptyOrder` for no ids, `.unknownProfile` for an id that is not
  ///   a usable stored profile, `.wrongProvider` for a profile of another provider.
  public mutating func setOrder(provider: String, ids: [String]) throws(AuthStoreError) {
    let provider = normalized(provider)
    guard !ids.isEmpty else { throw .emptyOrder(provider: provider) }
    var order: [String] = []
    for id in ids where !order.contains(where: { $0.hasSameBytes(as: id) }) {
      guard let profile = profile(id) else { throw .unknownProfile(id) }
      guard profile.provider == provider else {
        throw .wrongProvider(profile: id, provider: profile.provider, expected: provider)
      }
      order.append(id)
    }
    writeOrder(order, for: provider)
  }

  /// Removes the store's order of a provider (`auth order clear`), so the config's order or the
  /// implicit one applies again; returns whether there was one.
  @discardableResult
  public mutating func clearOrder(provider: String) -> Bool {
    writeOrder(nil, for: normalized(provider))
  }

  /// Removes a profile (`auth remove`): its entry, its usage statistics, its place in every stored
  /// order (an order left empty is removed, so the config's or the implicit order applies) and
  /// `lastGood` where it names it. Returns the providers whose stored order held it.
  ///
  /// - Throws: `AuthStoreError.unknownProfile` when `profiles` has no member of this id (a
  ///   skipped profile, one modelpin cannot use, can be removed).
  @discardableResult
  public mutating func removeProfile(_ id: String) throws(AuthStoreError) -> [String] {
    guard holdsProfile(id) else { throw .unknownProfile(id) }
    let orderKeys = editDocument { root in
      root.editObject("profiles") { $0[id] = nil }
      if root["usageStats"]?.objectValue?[id] != nil { root.editObject("usageStats") { $0[id] = nil } }
      var ordersHoldingIt: [String] = []
      if let orders = root["order"]?.objectValue {
        root.editObject("order") { order in
          for (provider, ids) in orders.members {
            guard let list = ids.arrayValue, list.contains(.string(id)) else { continue }
            let kept = list.filter { $0 != .string(id) }
            order[provider] = kept.isEmpty ? nil : .array(kept)
            ordersHoldingIt.append(provider)
          }
        }
      }
      if let lastGood = root["lastGood"]?.objectValue, lastGood.members.contains(where: { $0.value == .string(id) }) {
        root.editObject("lastGood") { object in
          for (provider, value) in lastGood.members where value == .string(id) { object[provider] = nil }
        }
      }
      return ordersHoldingIt
    }
    return orderKeys.map(normalized)
  }

  /// Whether the document's `profiles` has a member `id`, usable or skipped.
  private func holdsProfile(_ id: String) -> Bool {
    profile(id) != nil || warnings.contains { $0.profile == id }
  }
}
