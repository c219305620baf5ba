/// Every message of the operator commands (`status`, `doctor`, `auth`, `sessions` and the CLI's
/// errors), by id; each catalog in `Resources/messages` of this module has them all. They are kept
/// apart from `ModelPin`'s, so a bridge that embeds the library does not ship them.
///
/// The catalog tests fail when a catalog lacks one of these or gives it other arguments.
public enum OperatorMessageID: String, Sendable, CaseIterable {
  case cliLabelState = "cli.label.state"
  case cliStateFromFlag = "cli.state.from_flag"
  case cliStateFromModelpinVariable = "cli.state.from_modelpin_variable"
  case cliStateFromOpenclawVariable = "cli.state.from_openclaw_variable"
  case cliStateModelpinHome = "cli.state.modelpin_home"
  case cliStateOpenclawHome = "cli.state.openclaw_home"
  case cliStateNewHome = "cli.state.new_home"
  case cliDoctorStateFolder = "cli.doctor.state_folder"
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
  case cliUnknownProvider = "cli.unknown_provider"
  case cliDidYouMean = "cli.did_you_mean"
  case cliDoctorEmptySecret = "cli.doctor.empty_secret"
  case cliFixEmptySecret = "cli.fix.empty_secret"
  case cliDoctorReadableKey = "cli.doctor.readable_key"
  case cliFixReadableKey = "cli.fix.readable_key"
  case cliDoctorUnknownProvider = "cli.doctor.unknown_provider"
  case cliDoctorUnknownModel = "cli.doctor.unknown_model"
  case cliDoctorNoCredential = "cli.doctor.no_credential"
  case cliFixNoCredential = "cli.fix.no_credential"
  case cliDoctorNote = "cli.doctor.note"
  case cliDoctorNoteOne = "cli.doctor.note_one"
  case cliDoctorNotes = "cli.doctor.notes"
  case cliFixUnknownProvider = "cli.fix.unknown_provider"
  case cliFixUnknownModel = "cli.fix.unknown_model"
  case cliOrderWhyCooling = "cli.order.why_cooling"
  case cliOrderWhyDisabled = "cli.order.why_disabled"
  case cliOrderWhyExpired = "cli.order.why_expired"
  case cliOrderWhyNoSecret = "cli.order.why_no_secret"
  case cliOrderWhyNotStored = "cli.order.why_not_stored"
  case cliOrderWhyOtherProvider = "cli.order.why_other_provider"
  case cliOrderWhyWrongMode = "cli.order.why_wrong_mode"
  case cliOrderWarnLeftOut = "cli.order.warn_left_out"
  case cliOrderWarnFirst = "cli.order.warn_first"
  case cliOrderKeyEnvironment = "cli.order.key_environment"
  case cliOrderKeyConfig = "cli.order.key_config"
  case cliOrderEffectiveKey = "cli.order.effective_key"
  case cliDoctorDatabaseBehind = "cli.doctor.database_behind"
  case cliFixDatabaseMigrate = "cli.fix.database_migrate"
  case cliDatabaseMigrated = "cli.database.migrated"
  case cliDatabaseCurrent = "cli.database.current"
  case cliDatabaseNeedsDatabase = "cli.database.needs_database"
  case cliDoctorUnknownConfiguredProvider = "cli.doctor.unknown_configured_provider"
  case cliFixUnknownConfiguredProvider = "cli.fix.unknown_configured_provider"

  /// The names of the arguments the message takes.
  public var arguments: Set<String> {
    switch self {
    case .cliLabelState: return []
    case .cliStateFromFlag: return []
    case .cliStateFromModelpinVariable: return []
    case .cliStateFromOpenclawVariable: return []
    case .cliStateModelpinHome: return []
    case .cliStateOpenclawHome: return []
    case .cliStateNewHome: return []
    case .cliDoctorStateFolder: return ["folder", "source"]
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
    case .cliUnknownProvider: return ["model", "provider"]
    case .cliDidYouMean: return ["suggestions", "text"]
    case .cliDoctorEmptySecret: return ["profile"]
    case .cliFixEmptySecret: return ["paste", "remove"]
    case .cliDoctorReadableKey: return ["mode", "providers"]
    case .cliFixReadableKey: return ["command"]
    case .cliDoctorUnknownProvider: return ["key", "provider", "ref"]
    case .cliDoctorUnknownModel: return ["key", "ref"]
    case .cliDoctorNoCredential: return ["model", "provider"]
    case .cliFixNoCredential: return ["command", "variable"]
    case .cliDoctorNote: return ["text"]
    case .cliDoctorNoteOne: return []
    case .cliDoctorNotes: return ["count"]
    case .cliFixUnknownProvider: return ["key", "provider"]
    case .cliFixUnknownModel: return ["key", "provider"]
    case .cliOrderWhyCooling: return ["time", "wait"]
    case .cliOrderWhyDisabled: return ["reason", "time", "wait"]
    case .cliOrderWhyExpired: return ["time"]
    case .cliOrderWhyNoSecret: return []
    case .cliOrderWhyNotStored: return []
    case .cliOrderWhyOtherProvider: return ["provider"]
    case .cliOrderWhyWrongMode: return []
    case .cliOrderWarnLeftOut: return ["command", "profiles", "provider"]
    case .cliOrderWarnFirst: return ["profile", "provider", "reason"]
    case .cliOrderKeyEnvironment: return ["variable"]
    case .cliOrderKeyConfig: return ["provider"]
    case .cliOrderEffectiveKey: return ["credential", "provider"]
    case .cliDoctorDatabaseBehind: return ["version", "latest"]
    case .cliFixDatabaseMigrate: return ["command"]
    case .cliDatabaseMigrated: return ["server", "from", "to"]
    case .cliDatabaseCurrent: return ["server", "version"]
    case .cliDatabaseNeedsDatabase: return []
    case .cliDoctorUnknownConfiguredProvider: return ["provider"]
    case .cliFixUnknownConfiguredProvider: return ["provider"]
    }
  }
}
