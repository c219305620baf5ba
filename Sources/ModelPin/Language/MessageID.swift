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
  case warningNoStateFolder = "warning.no_state_folder"
  case warningNoAgent = "warning.no_agent"
  case cliLabelState = "cli.label.state"
  case cliStateFromFlag = "cli.state.from_flag"
  case cliStateFromModelpinVariable = "cli.state.from_modelpin_variable"
  case cliStateFromOpenclawVariable = "cli.state.from_openclaw_variable"
  case cliStateModelpinHome = "cli.state.modelpin_home"
  case cliStateOpenclawHome = "cli.state.openclaw_home"
  case cliStateNewHome = "cli.state.new_home"
  case cliDoctorStateFolder = "cli.doctor.state_folder"
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
  case cliLabelConfig = "cli.label.config"
  case cliLabelFallbacks = "cli.label.fallbacks"
  case cliLabelAliases = "cli.label.aliases"
  case cliLabelSession = "cli.label.session"
  case cliLabelParent = "cli.label.parent"
  case cliStatusNoConfig = "cli.status.no_config"
  case cliStatusAlias = "cli.status.alias"
  case cliStatusProvider = "cli.status.provider"
  case cliStatusNeededBy = "cli.status.needed_by"
  case cliStatusUses = "cli.status.uses"
  case cliFlagNotInOrder = "cli.flag.not_in_order"
  case cliCheckExpired = "cli.check.expired"
  case cliCheckNoCredential = "cli.check.no_credential"
  case cliCheckExpiring = "cli.check.expiring"
  case cliAuthNone = "cli.auth.none"
  case cliAuthProvider = "cli.auth.provider"
  case cliAuthOrderStore = "cli.auth.order_store"
  case cliAuthOrderConfig = "cli.auth.order_config"
  case cliAuthOrderAutomatic = "cli.auth.order_automatic"
  case cliOrderSet = "cli.order.set"
  case cliOrderCleared = "cli.order.cleared"
  case cliOrderNothingToClear = "cli.order.nothing_to_clear"
  case cliOrderStored = "cli.order.stored"
  case cliOrderNotStored = "cli.order.not_stored"
  case cliOrderConfigured = "cli.order.configured"
  case cliOrderEffective = "cli.order.effective"
  case cliOrderEffectiveNone = "cli.order.effective_none"
  case cliCooldownClearedProfile = "cli.cooldown.cleared_profile"
  case cliCooldownClearedProvider = "cli.cooldown.cleared_provider"
  case cliCooldownNoneCleared = "cli.cooldown.none_cleared"
  case cliCooldownNothingToClearProfile = "cli.cooldown.nothing_to_clear_profile"
  case cliPasteSaved = "cli.paste.saved"
  case cliPasteSavedExpiring = "cli.paste.saved_expiring"
  case cliPasteFirstInOrder = "cli.paste.first_in_order"
  case cliPasteNotInOrder = "cli.paste.not_in_order"
  case cliPastePrompt = "cli.paste.prompt"
  case cliPasteReplaced = "cli.paste.replaced"
  case cliPasteUnknownProvider = "cli.paste.unknown_provider"
  case cliRemoveDone = "cli.remove.done"
  case cliRemoveFromOrders = "cli.remove.from_orders"
  case cliErrorFile = "cli.error.file"
  case cliReplayLooksLikeJSONL = "cli.replay.looks_like_jsonl"
  case cliErrorAuthUnparsable = "cli.error.auth_unparsable"
  case cliErrorAuthInvalid = "cli.error.auth_invalid"
  case cliErrorConfigUnparsable = "cli.error.config_unparsable"
  case cliErrorConfigInvalid = "cli.error.config_invalid"
  case cliErrorDuplicateAlias = "cli.error.duplicate_alias"
  case cliErrorSessionsUnparsable = "cli.error.sessions_unparsable"
  case cliErrorUnknownProfile = "cli.error.unknown_profile"
  case cliErrorWrongProvider = "cli.error.wrong_provider"
  case cliErrorEmptyOrder = "cli.error.empty_order"
  case cliErrorEmptyToken = "cli.error.empty_token"
  case cliErrorTokenLines = "cli.error.token_lines"
  case cliErrorNotSubscriptionToken = "cli.error.not_subscription_token"
  case cliErrorSetupTokenProvider = "cli.error.setup_token_provider"
  case cliErrorProfileIDProvider = "cli.error.profile_id_provider"
  case cliErrorExpiresIn = "cli.error.expires_in"
  case cliErrorCooldownTarget = "cli.error.cooldown_target"
  case cliSessionsNone = "cli.sessions.none"
  case cliSessionsUpdated = "cli.sessions.updated"
  case cliSessionsCleared = "cli.sessions.cleared"
  case cliSessionsNothingToClear = "cli.sessions.nothing_to_clear"
  case cliSessionsHeaderSession = "cli.sessions.header.session"
  case cliSessionsHeaderModel = "cli.sessions.header.model"
  case cliSessionsHeaderProfile = "cli.sessions.header.profile"
  case cliSessionsHeaderUpdated = "cli.sessions.header.updated"
  case cliSessionsAgo = "cli.sessions.ago"
  case cliSessionsNoneMatching = "cli.sessions.none_matching"
  case cliSessionsNoSuchSession = "cli.sessions.no_such_session"
  case cliSessionsClearedAll = "cli.sessions.cleared_all"
  case cliSkippedNotAnObject = "cli.skipped.not_an_object"
  case cliSkippedUnknownType = "cli.skipped.unknown_type"
  case cliSkippedNoType = "cli.skipped.no_type"
  case cliSkippedNoProvider = "cli.skipped.no_provider"
  case cliWarning = "cli.warning"
  case cliDoctorEnvironment = "cli.doctor.environment"
  case cliDoctorFix = "cli.doctor.fix"
  case cliDoctorClean = "cli.doctor.clean"
  case cliDoctorFoundOne = "cli.doctor.found_one"
  case cliDoctorFound = "cli.doctor.found"
  case cliDoctorPermissions = "cli.doctor.permissions"
  case cliDoctorUnreadable = "cli.doctor.unreadable"
  case cliDoctorUnparsable = "cli.doctor.unparsable"
  case cliDoctorInvalidValue = "cli.doctor.invalid_value"
  case cliDoctorDuplicateAlias = "cli.doctor.duplicate_alias"
  case cliDoctorOrderMissing = "cli.doctor.order_missing"
  case cliDoctorConfigOrderMissing = "cli.doctor.config_order_missing"
  case cliDoctorExpired = "cli.doctor.expired"
  case cliDoctorShadowed = "cli.doctor.shadowed"
  case cliDoctorUnresolvedProfile = "cli.doctor.unresolved_profile"
  case cliDoctorUnresolvedConfigKey = "cli.doctor.unresolved_config_key"
  case cliDoctorOrderDrifted = "cli.doctor.order_drifted"
  case cliDoctorConfigOrderDrifted = "cli.doctor.config_order_drifted"
  case cliDoctorDefaultNoModel = "cli.doctor.default_no_model"
  case cliDoctorDefaultSeveral = "cli.doctor.default_several"
  case cliFixDefaultProvider = "cli.fix.default_provider"
  case cliFixUnresolved = "cli.fix.unresolved"
  case cliDoctorAliasProvider = "cli.doctor.alias_provider"
  case cliDoctorAliasRef = "cli.doctor.alias_ref"
  case cliDoctorAliasKeyword = "cli.doctor.alias_keyword"
  case cliFixPermissions = "cli.fix.permissions"
  case cliFixUnreadable = "cli.fix.unreadable"
  case cliFixBrokenFile = "cli.fix.broken_file"
  case cliFixConfigValue = "cli.fix.config_value"
  case cliFixDuplicateAlias = "cli.fix.duplicate_alias"
  case cliFixSkippedProfile = "cli.fix.skipped_profile"
  case cliFixOrderSet = "cli.fix.order_set"
  case cliFixOrderClear = "cli.fix.order_clear"
  case cliFixConfigOrder = "cli.fix.config_order"
  case cliFixExpired = "cli.fix.expired"
  case cliFixShadowedProcess = "cli.fix.shadowed_process"
  case cliFixShadowedDotEnv = "cli.fix.shadowed_dotenv"
  case cliFixNotAFile = "cli.fix.not_a_file"
  case cliFixAliasConflict = "cli.fix.alias_conflict"
  case cliLocated = "cli.located"
  case cliTransferImported = "cli.transfer.imported"
  case cliTransferExported = "cli.transfer.exported"
  case cliTransferNeedsDatabase = "cli.transfer.needs_database"
  case cliTransferNothing = "cli.transfer.nothing"
  case cliDoctorDatabase = "cli.doctor.database"
  case cliFixDatabase = "cli.fix.database"
  case cliDoctorDatabaseBehind = "cli.doctor.database_behind"
  case cliFixDatabaseMigrate = "cli.fix.database_migrate"
  case cliDatabaseMigrated = "cli.database.migrated"
  case cliDatabaseCurrent = "cli.database.current"
  case cliDatabaseNeedsDatabase = "cli.database.needs_database"
  case replBanner = "repl.banner"
  case replHistoryNotSaved = "repl.history_not_saved"

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
    case .warningNoCredential: return ["command", "provider", "variable"]
    case .warningReadableByOthers: return ["fix", "mode", "path"]
    case .warningNoStateFolder: return ["path"]
    case .warningNoAgent: return ["agent", "path"]
    case .cliLabelState: return []
    case .cliStateFromFlag: return []
    case .cliStateFromModelpinVariable: return []
    case .cliStateFromOpenclawVariable: return []
    case .cliStateModelpinHome: return []
    case .cliStateOpenclawHome: return []
    case .cliStateNewHome: return []
    case .cliDoctorStateFolder: return ["folder", "source"]
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
    case .cliLabelConfig: return []
    case .cliLabelFallbacks: return []
    case .cliLabelAliases: return []
    case .cliLabelSession: return []
    case .cliLabelParent: return []
    case .cliStatusNoConfig: return []
    case .cliStatusAlias: return ["alias", "model"]
    case .cliStatusProvider: return ["api", "endpoint", "provider"]
    case .cliStatusNeededBy: return ["models"]
    case .cliStatusUses: return ["credential"]
    case .cliFlagNotInOrder: return []
    case .cliCheckExpired: return ["command", "profile"]
    case .cliCheckNoCredential: return ["command", "model", "provider", "variable"]
    case .cliCheckExpiring: return ["command", "profile", "wait"]
    case .cliAuthNone: return ["command", "path"]
    case .cliAuthProvider: return ["provider", "source"]
    case .cliAuthOrderStore: return []
    case .cliAuthOrderConfig: return []
    case .cliAuthOrderAutomatic: return []
    case .cliOrderSet: return ["provider"]
    case .cliOrderCleared: return ["provider"]
    case .cliOrderNothingToClear: return ["provider"]
    case .cliOrderStored: return ["profiles", "provider"]
    case .cliOrderNotStored: return ["provider"]
    case .cliOrderConfigured: return ["profiles", "provider"]
    case .cliOrderEffective: return ["profiles"]
    case .cliOrderEffectiveNone: return ["provider"]
    case .cliCooldownClearedProfile: return ["profile"]
    case .cliCooldownClearedProvider: return ["profiles", "provider"]
    case .cliCooldownNoneCleared: return ["provider"]
    case .cliCooldownNothingToClearProfile: return ["profile"]
    case .cliPasteSaved: return ["masked", "profile"]
    case .cliPasteSavedExpiring: return ["masked", "profile", "wait"]
    case .cliPasteFirstInOrder: return ["provider"]
    case .cliPasteNotInOrder: return ["command", "profile", "provider"]
    case .cliPastePrompt: return ["profile"]
    case .cliPasteReplaced: return ["profile"]
    case .cliPasteUnknownProvider: return ["provider"]
    case .cliRemoveDone: return ["profile"]
    case .cliRemoveFromOrders: return ["providers"]
    case .cliErrorFile: return ["path", "reason"]
    case .cliReplayLooksLikeJSONL: return ["line"]
    case .cliErrorAuthUnparsable: return ["column", "line", "path", "reason"]
    case .cliErrorAuthInvalid: return ["expected", "key", "path"]
    case .cliErrorConfigUnparsable: return ["column", "line", "path", "reason"]
    case .cliErrorConfigInvalid: return ["expected", "key", "path"]
    case .cliErrorDuplicateAlias: return ["alias", "first", "path", "second"]
    case .cliErrorSessionsUnparsable: return ["column", "line", "path", "reason"]
    case .cliErrorUnknownProfile: return ["command", "profile"]
    case .cliErrorWrongProvider: return ["command", "expected", "profile", "provider"]
    case .cliErrorEmptyOrder: return ["provider"]
    case .cliErrorEmptyToken: return ["profile"]
    case .cliErrorTokenLines: return []
    case .cliErrorNotSubscriptionToken: return []
    case .cliErrorSetupTokenProvider: return ["provider"]
    case .cliErrorProfileIDProvider: return ["profile", "provider"]
    case .cliErrorExpiresIn: return ["value"]
    case .cliErrorCooldownTarget: return []
    case .cliSessionsNone: return ["store"]
    case .cliSessionsUpdated: return ["time"]
    case .cliSessionsCleared: return ["session"]
    case .cliSessionsNothingToClear: return ["session"]
    case .cliSessionsHeaderSession: return []
    case .cliSessionsHeaderModel: return []
    case .cliSessionsHeaderProfile: return []
    case .cliSessionsHeaderUpdated: return []
    case .cliSessionsAgo: return ["duration"]
    case .cliSessionsNoneMatching: return ["filter", "store"]
    case .cliSessionsNoSuchSession: return ["command", "session", "store"]
    case .cliSessionsClearedAll: return ["count"]
    case .cliSkippedNotAnObject: return ["profile"]
    case .cliSkippedUnknownType: return ["profile", "type"]
    case .cliSkippedNoType: return ["profile"]
    case .cliSkippedNoProvider: return ["profile"]
    case .cliWarning: return ["text"]
    case .cliDoctorEnvironment: return []
    case .cliDoctorFix: return ["fix"]
    case .cliDoctorClean: return ["folder"]
    case .cliDoctorFoundOne: return []
    case .cliDoctorFound: return ["count"]
    case .cliDoctorPermissions: return ["mode"]
    case .cliDoctorUnreadable: return ["reason"]
    case .cliDoctorUnparsable: return ["column", "line", "reason"]
    case .cliDoctorInvalidValue: return ["expected", "key"]
    case .cliDoctorDuplicateAlias: return ["alias", "models"]
    case .cliDoctorOrderMissing: return ["profiles", "provider"]
    case .cliDoctorConfigOrderMissing: return ["profiles", "provider"]
    case .cliDoctorExpired: return ["profile", "time"]
    case .cliDoctorShadowed: return ["profiles", "provider", "variable"]
    case .cliDoctorUnresolvedProfile: return ["profile", "reason"]
    case .cliDoctorUnresolvedConfigKey: return ["provider", "reason"]
    case .cliDoctorOrderDrifted: return ["profiles", "provider"]
    case .cliDoctorConfigOrderDrifted: return ["profiles", "provider"]
    case .cliDoctorDefaultNoModel: return ["model", "used"]
    case .cliDoctorDefaultSeveral: return ["model", "models", "used"]
    case .cliFixDefaultProvider: return []
    case .cliFixUnresolved: return []
    case .cliDoctorAliasProvider: return ["alias", "model", "provider"]
    case .cliDoctorAliasRef: return ["alias", "model", "ref"]
    case .cliDoctorAliasKeyword: return ["alias", "model"]
    case .cliFixPermissions: return ["command"]
    case .cliFixUnreadable: return []
    case .cliFixBrokenFile: return []
    case .cliFixConfigValue: return []
    case .cliFixDuplicateAlias: return []
    case .cliFixSkippedProfile: return []
    case .cliFixOrderSet: return ["options", "profiles", "provider"]
    case .cliFixOrderClear: return ["options", "provider"]
    case .cliFixConfigOrder: return ["profiles", "provider"]
    case .cliFixExpired: return ["options", "profile", "provider"]
    case .cliFixShadowedProcess: return ["variable"]
    case .cliFixShadowedDotEnv: return ["variable"]
    case .cliFixNotAFile: return []
    case .cliFixAliasConflict: return []
    case .cliLocated: return ["place", "text"]
    case .cliTransferImported: return ["count", "database", "path"]
    case .cliTransferExported: return ["database", "path"]
    case .cliTransferNeedsDatabase: return ["command"]
    case .cliTransferNothing: return ["database"]
    case .cliDoctorDatabase: return ["reason"]
    case .cliFixDatabase: return []
    case .cliDoctorDatabaseBehind: return ["version", "latest"]
    case .cliFixDatabaseMigrate: return ["command"]
    case .cliDatabaseMigrated: return ["server", "from", "to"]
    case .cliDatabaseCurrent: return ["server", "version"]
    case .cliDatabaseNeedsDatabase: return []
    case .replBanner: return []
    case .replHistoryNotSaved: return ["reason"]
    }
  }
}
