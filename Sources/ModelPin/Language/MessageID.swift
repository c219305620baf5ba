/// Every message modelpin shows, by id; each catalog in `Resources/messages` has them all.
///
/// The catalog tests fail when a catalog lacks one of these or gives it other arguments.
public enum MessageID: String, Sendable, CaseIterable {
  case labelCurrent = "label.current"
  case labelDefault = "label.default"
  case labelSwitch = "label.switch"
  case labelList = "label.list"
  case labelStatus = "label.status"
  case labelAgent = "label.agent"
  case labelAuthFile = "label.auth_file"
  case labelPins = "label.pins"
  case labelNext = "label.next"
  case showSwitchHelp = "show.switch_help"
  case showListHelp = "show.list_help"
  case showStatusHelp = "show.status_help"
  case modelWithAlias = "model.with_alias"
  case routeSummary = "route.summary"
  case credentialProfile = "credential.profile"
  case credentialProfileCooling = "credential.profile_cooling"
  case credentialEnvironment = "credential.environment"
  case credentialConfig = "credential.config"
  case credentialNone = "credential.none"
  case sourceUser = "source.user"
  case sourceAuto = "source.auto"
  case chatRoute = "chat.route"
  case warningNoCredential = "warning.no_credential"
  case warningReadableByOthers = "warning.readable_by_others"
  case selectModelSet = "select.model_set"
  case resetDone = "select.model_reset"
  case selectProfileSet = "select.profile_set"
  case selectProfileKept = "select.profile_kept"
  case selectProfileDropped = "select.profile_dropped"
  case profilePinDropped = "select.profile_pin_dropped"
  case didYouMean = "error.did_you_mean"
  case seeModelList = "error.see_model_list"
  case seeModelStatus = "error.see_model_status"
  case noticeModelPinDropped = "notice.model_pin_dropped"
  case noticeProfilePinGone = "notice.profile_pin_gone"
  case noticeProfilePinOtherProvider = "notice.profile_pin_other_provider"
  case listHeader = "list.header"
  case listHeaderProvider = "list.header_provider"
  case listFooter = "list.footer"
  case markCurrent = "list.mark_current"
  case markDefault = "list.mark_default"
  case markNoCredential = "list.mark_no_credential"
  case pinModel = "status.pin_model"
  case pinModelInherited = "status.pin_model_inherited"
  case pinProfile = "status.pin_profile"
  case pinsNone = "status.pins_none"
  case statusProviderHeader = "status.provider_header"
  case statusEndpointDefault = "status.endpoint_default"
  case authEnvironment = "auth.environment"
  case authConfig = "auth.config"
  case authMissing = "auth.missing"
  case authNone = "auth.none"
  case flagNext = "flag.next"
  case flagLastGood = "flag.last_good"
  case flagCooldown = "flag.cooldown"
  case flagDisabled = "flag.disabled"
  case flagExpiring = "flag.expiring"
  case flagExpired = "flag.expired"
  case outcomeRecorded = "outcome.recorded"
  case outcomeUsableIn = "outcome.usable_in"
  case outcomeNoProfile = "outcome.no_profile"
  case hintModelNotAtStart = "hint.model_not_at_start"
  case hintDidYouMean = "hint.did_you_mean"
  case hintClaudeCodeOnly = "hint.claude_code_only"
  case errorInvalidUTF8 = "error.invalid_utf8"
  case errorLineTooLong = "error.line_too_long"
  case errorCommandTooLong = "error.command_too_long"
  case errorControlCharacter = "error.control_character"
  case errorTrailingText = "error.trailing_text"
  case errorProfileRequiresModel = "error.profile_requires_model"
  case errorUnknownModel = "error.unknown_model"
  case errorAmbiguousModel = "error.ambiguous_model"
  case errorInvalidSelection = "error.invalid_selection"
  case errorUnknownProfile = "error.unknown_profile"
  case errorProfileProviderMismatch = "error.profile_provider_mismatch"
  case errorProfileNotInOrder = "error.profile_not_in_order"
  case errorProfileUnusable = "error.profile_unusable"
  case errorNotAuthorized = "error.not_authorized"
  case invalidSessionKey = "error.invalid_session_key_text"
  case errorInvalidSessionKey = "error.invalid_session_key"
  case errorMalformedRequest = "error.malformed_request"
  case stateUnavailable = "error.state_unavailable"

  /// The names of the arguments the message takes.
  public var arguments: Set<String> {
    switch self {
    case .labelCurrent: return []
    case .labelDefault: return []
    case .labelSwitch: return []
    case .labelList: return []
    case .labelStatus: return []
    case .labelAgent: return []
    case .labelAuthFile: return []
    case .labelPins: return []
    case .labelNext: return []
    case .showSwitchHelp: return []
    case .showListHelp: return []
    case .showStatusHelp: return []
    case .modelWithAlias: return ["alias", "model"]
    case .routeSummary: return ["credential", "model"]
    case .credentialProfile: return ["profile", "source"]
    case .credentialProfileCooling: return ["profile", "source", "wait"]
    case .credentialEnvironment: return ["variable"]
    case .credentialConfig: return []
    case .credentialNone: return []
    case .sourceUser: return []
    case .sourceAuto: return []
    case .chatRoute: return ["route"]
    case .warningNoCredential: return ["provider", "variable"]
    case .warningReadableByOthers: return ["fix", "mode", "path"]
    case .selectModelSet: return ["model"]
    case .resetDone: return ["model"]
    case .selectProfileSet: return ["profile"]
    case .selectProfileKept: return ["profile"]
    case .selectProfileDropped: return ["newProvider", "profile", "provider"]
    case .profilePinDropped: return ["profile"]
    case .didYouMean: return ["suggestions"]
    case .seeModelList: return []
    case .seeModelStatus: return []
    case .noticeModelPinDropped: return ["model"]
    case .noticeProfilePinGone: return ["profile"]
    case .noticeProfilePinOtherProvider: return ["profile", "provider"]
    case .listHeader: return ["count"]
    case .listHeaderProvider: return ["count", "provider"]
    case .listFooter: return []
    case .markCurrent: return []
    case .markDefault: return []
    case .markNoCredential: return []
    case .pinModel: return ["model", "source"]
    case .pinModelInherited: return ["model", "source"]
    case .pinProfile: return ["profile", "source"]
    case .pinsNone: return []
    case .statusProviderHeader: return ["api", "auth", "endpoint", "provider"]
    case .statusEndpointDefault: return []
    case .authEnvironment: return ["variable"]
    case .authConfig: return []
    case .authMissing: return []
    case .authNone: return []
    case .flagNext: return []
    case .flagLastGood: return []
    case .flagCooldown: return ["wait"]
    case .flagDisabled: return ["reason", "wait"]
    case .flagExpiring: return ["wait"]
    case .flagExpired: return []
    case .outcomeRecorded: return ["profile", "result"]
    case .outcomeUsableIn: return ["wait"]
    case .outcomeNoProfile: return ["result"]
    case .hintModelNotAtStart: return []
    case .hintDidYouMean: return ["suggestion", "typed"]
    case .hintClaudeCodeOnly: return ["profile"]
    case .errorInvalidUTF8: return []
    case .errorLineTooLong: return ["bytes"]
    case .errorCommandTooLong: return ["bytes"]
    case .errorControlCharacter: return ["character"]
    case .errorTrailingText: return ["text"]
    case .errorProfileRequiresModel: return ["profile"]
    case .errorUnknownModel: return ["model"]
    case .errorAmbiguousModel: return ["model"]
    case .errorInvalidSelection: return ["count", "number"]
    case .errorUnknownProfile: return ["profile"]
    case .errorProfileProviderMismatch: return ["model", "profile", "profileProvider", "provider"]
    case .errorProfileNotInOrder: return ["order", "profile", "provider"]
    case .errorProfileUnusable: return ["profile", "provider"]
    case .errorNotAuthorized: return []
    case .invalidSessionKey: return []
    case .errorInvalidSessionKey: return ["reason"]
    case .errorMalformedRequest: return ["reason"]
    case .stateUnavailable: return ["reason"]
    }
  }
}
