import StateFolder

/// What modelpin knows about a provider: its names, endpoint and API, for status blocks (spec §4.5).
public struct ProviderInfo: Sendable, Equatable {
  /// The normalized name: `anthropic`, `zai`.
  public var name: String
  /// How people write it: `Anthropic`, `Z.AI`; nil for providers only the config names.
  public var displayName: String?
  /// The configured endpoint (`models.providers.<p>.baseUrl`); nil: the provider's default.
  public var baseURL: String?
  /// The endpoint the built-in catalog knows for the provider, used when no `baseURL` is configured.
  public var defaultEndpoint: String?
  /// The API it speaks (`anthropic-messages`, `openai-responses`, ...): configured, else built-in.
  public var api: String?

  /// Information about the provider `name` (normalized here).
  public init(
    name: String, displayName: String? = nil, baseURL: String? = nil, defaultEndpoint: String? = nil,
    api: String? = nil
  ) {
    self.name = ProviderName.normalized(name)
    self.displayName = displayName
    self.baseURL = baseURL
    self.defaultEndpoint = defaultEndpoint
    self.api = api
  }
}
