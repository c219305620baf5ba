/// Every message modelpin shows, by id; each catalog in `Resources/messages` has them all.
///
/// The catalog tests fail when a catalog lacks one of these or gives it other arguments.
package enum MessageID: String, Sendable, CaseIterable {
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
  case warningNoStateFolder = "warning.no_state_folder"
  case warningNoAgent = "warning.no_agent"
  case selectModelSet = "select.model_set"
  case resetDone = "select.model_reset"
  case selectProfileSet = "select.profile_set"
  case selectProfileKept = "select.profile_kept"
  case selectProfileDropped = "select.profile_dropped"
  case profilePinDropped = "select.profile_pin_dropped"
  case selectProfileAuto = "select.profile_auto"
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
  case listNextPage = "list.next_page"
  case listProvidersHeader = "list.providers_header"
  case listProviderModels = "list.provider_models"
  case listProviderOneModel = "list.provider_one_model"
  case listProvidersFooter = "list.providers_footer"
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
  case secretNotResolved = "secret.not_resolved"
  case secretInvalidReference = "secret.invalid_reference"
  case secretProviderNotConfigured = "secret.provider_not_configured"
  case secretWrongSource = "secret.wrong_source"
  case secretEnvironmentNotSet = "secret.environment_not_set"
  case secretEnvironmentNotAllowed = "secret.environment_not_allowed"
  case secretFileUnreadable = "secret.file_unreadable"
  case secretFileNotJSON = "secret.file_not_json"
  case secretNoValue = "secret.no_value"
  case secretCommandNotAbsolute = "secret.command_not_absolute"
  case secretCommandNotStarted = "secret.command_not_started"
  case secretCommandTimedOut = "secret.command_timed_out"
  case secretCommandFailed = "secret.command_failed"
  case secretCommandOutputInvalid = "secret.command_output_invalid"
  case secretCommandError = "secret.command_error"
  case outcomeRecorded = "outcome.recorded"
  case outcomeRecordedCooling = "outcome.recorded_cooling"
  case outcomeNoProfile = "outcome.no_profile"
  case outcomeNextRoute = "outcome.next_route"
  case hintModelNotAtStart = "hint.model_not_at_start"
  case hintDidYouMean = "hint.did_you_mean"
  case hintClaudeCodeOnly = "hint.claude_code_only"
  case hintUnpinCooling = "hint.unpin_cooling"
  case hintConfigKept = "hint.config_kept"
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
  case errorInvalidSessionKey = "error.invalid_session_key"
  case errorMalformedRequest = "error.malformed_request"
  case errorMalformedRequestLine = "error.malformed_request_line"
  case errorUnknownProvider = "error.unknown_provider"
  case errorKnownProviders = "error.known_providers"
  case errorInvalidPage = "error.invalid_page"
  case sentenceSeparator = "text.sentence_separator"
  case listSeparator = "text.list_separator"
  case parenthesized = "text.parenthesized"
  case stateUnavailable = "error.state_unavailable"
  case cliWarning = "cli.warning"
  case warningUnknownProvider = "warning.unknown_provider"
  case replBanner = "repl.banner"
  case replHistoryNotSaved = "repl.history_not_saved"

  /// The names of the arguments the message takes.
  package var arguments: Set<String> {
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
    case .warningNoCredential: return ["command", "provider", "variable"]
    case .warningReadableByOthers: return ["fix", "mode", "path"]
    case .warningNoStateFolder: return ["path"]
    case .warningNoAgent: return ["agent", "path"]
    case .selectModelSet: return ["model"]
    case .resetDone: return ["model"]
    case .selectProfileSet: return ["profile"]
    case .selectProfileKept: return ["profile"]
    case .selectProfileDropped: return ["newProvider", "profile", "provider"]
    case .profilePinDropped: return ["profile"]
    case .selectProfileAuto: return []
    case .didYouMean: return ["suggestions"]
    case .seeModelList: return []
    case .seeModelStatus: return []
    case .noticeModelPinDropped: return ["model"]
    case .noticeProfilePinGone: return ["profile"]
    case .noticeProfilePinOtherProvider: return ["profile", "provider"]
    case .listHeader: return ["first", "last", "page", "pages", "total"]
    case .listHeaderProvider: return ["first", "last", "page", "pages", "provider", "total"]
    case .listFooter: return []
    case .markCurrent: return []
    case .markDefault: return []
    case .markNoCredential: return []
    case .listNextPage: return ["command"]
    case .listProvidersHeader: return ["count"]
    case .listProviderModels: return ["count", "provider"]
    case .listProviderOneModel: return ["provider"]
    case .listProvidersFooter: return ["example"]
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
    case .secretNotResolved: return []
    case .secretInvalidReference: return []
    case .secretProviderNotConfigured: return ["provider"]
    case .secretWrongSource: return ["provider", "source"]
    case .secretEnvironmentNotSet: return ["variable"]
    case .secretEnvironmentNotAllowed: return ["provider", "variable"]
    case .secretFileUnreadable: return ["provider", "reason"]
    case .secretFileNotJSON: return ["provider"]
    case .secretNoValue: return ["id", "provider"]
    case .secretCommandNotAbsolute: return ["provider"]
    case .secretCommandNotStarted: return ["provider", "reason"]
    case .secretCommandTimedOut: return ["provider", "wait"]
    case .secretCommandFailed: return ["provider", "status"]
    case .secretCommandOutputInvalid: return ["provider"]
    case .secretCommandError: return ["id", "provider"]
    case .outcomeRecorded: return ["profile", "result"]
    case .outcomeRecordedCooling: return ["profile", "result", "wait"]
    case .outcomeNoProfile: return ["result"]
    case .outcomeNextRoute: return ["credential"]
    case .hintModelNotAtStart: return []
    case .hintDidYouMean: return ["suggestion", "typed"]
    case .hintClaudeCodeOnly: return ["command", "profile"]
    case .hintUnpinCooling: return ["model", "profile"]
    case .hintConfigKept: return ["reason"]
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
    case .errorProfileNotInOrder: return ["command", "order", "profile", "provider"]
    case .errorProfileUnusable: return ["command", "profile"]
    case .errorNotAuthorized: return []
    case .errorInvalidSessionKey: return ["reason"]
    case .errorMalformedRequest: return ["reason"]
    case .errorMalformedRequestLine: return ["line", "reason"]
    case .errorUnknownProvider: return ["provider"]
    case .errorKnownProviders: return ["providers"]
    case .errorInvalidPage: return ["count", "page"]
    case .sentenceSeparator: return []
    case .listSeparator: return []
    case .parenthesized: return ["text"]
    case .stateUnavailable: return ["reason"]
    case .cliWarning: return ["text"]
    case .warningUnknownProvider: return ["provider"]
    case .replBanner: return []
    case .replHistoryNotSaved: return ["reason"]
    }
  }
}
