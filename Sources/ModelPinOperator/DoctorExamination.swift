import AuthProfiles
import ModelCatalog
import ModelCommand
import ModelPin
import PostgresState
import SafeText
import SessionState
import StateFolder

#if canImport(Glibc)
  import Glibc
#endif

/// The checks of `modelpin doctor`, run one file at a time; each problem becomes a finding.
struct DoctorExamination {
  let options: WorkspaceOptions
  let processEnvironment: [String: String]
  let now: Int64
  let folder: String
  /// How the state folder was chosen.
  let folderSource: StateLayout.FolderSource
  /// The messages the findings are worded in.
  let messages: MessageCatalog
  private(set) var findings: [DoctorFinding] = []
  /// The config file, if any, and its bytes or why they could not be read.
  private let config: (path: String, content: Result<[UInt8], StateFileError>)?
  /// The config, when it reads without error.
  private let parsedConfig: Config?

  /// Reads the config first: its `display.language` picks the language of the findings.
  init(
    options: WorkspaceOptions, languageFlag: String?, processEnvironment: [String: String], now: Int64
  ) throws(OperatorFailure) {
    self.options = options
    self.processEnvironment = processEnvironment
    self.now = now
    (folder, folderSource) = StateLayout.chooseFolder(explicit: options.stateFolder, environment: processEnvironment)
    config = Self.readConfig(options, folder: folder)
    if case .success(let bytes) = config?.content, let path = config?.path {
      parsedConfig = try? ConfigLoader.parse(bytes, path: path)
    } else {
      parsedConfig = nil
    }
    let language = Language.select(
      flag: languageFlag, environment: processEnvironment, configured: parsedConfig?.language)
    messages = try OperatorContext.catalog(language)
  }

  /// Runs every check.
  mutating func run() {
    checkPermissions(folder, mode: 0o700)
    if let config {
      switch config.content {
      case .success(let bytes): examineConfig(bytes, path: config.path)
      case .failure(let error): addUnreadable(error)
      }
    }
    let config = parsedConfig ?? Config()
    let layout = StateLayout(folder: folder, agent: options.agent ?? config.defaultAgentID)
    if let parsedConfig, let path = self.config?.path { checkAliases(parsedConfig, path: path, agent: layout.agent) }
    checkPermissions(layout.authProfilesFile, mode: 0o600)
    checkPermissions(layout.environmentFile, mode: 0o600)
    let environment: Environment
    do {
      environment = try Environment.load(process: processEnvironment, dotEnvFile: layout.environmentFile)
    } catch {
      addUnreadable(error)
      environment = Environment(process: processEnvironment)
    }
    checkDefaultModel(config: config, agent: layout.agent)
    if let parsedConfig, let path = self.config?.path { checkReadableKeys(parsedConfig, path: path) }
    let secrets = SecretResolver(config: config, environment: environment)
    let database = examinedDatabase(config: config, agent: layout.agent, secrets: secrets)
    let auth = database?.auth ?? .file(path: layout.authProfilesFile)
    let store = examineAuth(auth, secrets: secrets)
    if let parsedConfig, let path = self.config?.path {
      checkRefs(parsedConfig, path: path, providers: store.map(ProviderAuth.providers(of:)) ?? [])
    }
    if let store {
      checkSecrets(of: store, config: config, auth: auth)
      checkOrders(of: store, config: config, auth: auth)
      checkExpiry(of: store, auth: auth)
      checkShadowedKeys(store: store, config: config, environment: environment, layout: layout)
      // A config that does not parse would judge the credentials against the built-in default, and
      // a database that cannot be read against an empty store.
      if parsedConfig != nil || self.config == nil, database?.examination.problems.isEmpty ?? true {
        checkCredentials(store: store, config: config, environment: environment, layout: layout, auth: auth)
      }
    }
    examineSessions(layout)
    if let database { addDatabaseFindings(database.examination, url: database.url) }
  }

  // MARK: - Files

  /// The config `--config` names, else the first candidate that exists; nil when there is none.
  private static func readConfig(_ options: WorkspaceOptions, folder: String)
    -> (path: String, content: Result<[UInt8], StateFileError>)?
  {
    let candidates = options.configFile.map { [$0] } ?? StateLayout(folder: folder, agent: "main").configCandidates
    for path in candidates {
      do {
        if let bytes = try StateFile.read(path, maximumBytes: ConfigLoader.maximumBytes) {
          return (path, .success(bytes))
        }
        if options.configFile != nil { return (path, .failure(StateFileError(path: path, reason: "does not exist"))) }
      } catch {
        return (path, .failure(error))
      }
    }
    return nil
  }

  /// Parse errors, values of the wrong shape and every duplicate alias of the config.
  private mutating func examineConfig(_ bytes: [UInt8], path: String) {
    let document: JSONValue
    do {
      document = try JSONValue.parse(utf8: bytes, json5: true)
    } catch {
      addUnparsable(path, error)
      return
    }
    var owners: [String: [String]] = [:]
    var spellings: [String] = []
    for (ref, value) in document["agents"]?["defaults"]?["models"]?.objectValue?.members ?? [] {
      guard let alias = value["alias"]?.stringValue, !alias.isEmpty else { continue }
      if owners[alias.lowercased()] == nil { spellings.append(alias) }
      owners[alias.lowercased(), default: []].append(ref)
    }
    for alias in spellings {
      let refs = owners[alias.lowercased()] ?? []
      guard refs.count > 1 else { continue }
      add(
        .duplicateAlias, path, .cliDoctorDuplicateAlias(alias: alias, models: messages.list(refs)),
        fix: .cliFixDuplicateAlias)
    }
    do {
      _ = try ConfigLoader.parse(bytes, path: path)
    } catch {
      if case .invalidValue(_, let key, let expected) = error {
        add(.brokenFile, path, .cliDoctorInvalidValue(key: key, expected: expected), fix: .cliFixConfigValue)
      }
    }
  }

  /// Reads auth-profiles.json or the database's document; parse errors and skipped profiles become findings.
  private mutating func examineAuth(_ auth: DoctorAuthDocument, secrets: SecretResolver) -> AuthStore? {
    let path = auth.location
    do {
      let store = try auth.store(secrets: secrets)
      for warning in store.warnings {
        add(.skippedProfile, path, problem: warning.text(messages), fix: .cliFixSkippedProfile)
      }
      return store
    } catch {
      switch error {
      case .unparsable(_, let parse): addUnparsable(path, parse)
      case .invalidValue(_, let key, let expected):
        add(.brokenFile, path, .cliDoctorInvalidValue(key: key, expected: expected), fix: .cliFixBrokenFile)
      case .file(let error): addUnreadable(error)
      case .unknownProfile, .wrongProvider, .emptyOrder, .emptyToken: break
      }
      return nil
    }
  }

  /// The database `--database`, `$MODELPIN_DATABASE_URL` or the config names, examined without
  /// changing it (connection, schema version, the role's rights), and its auth document.
  private func examinedDatabase(config: Config, agent: String, secrets: SecretResolver)
    -> (url: String, examination: DatabaseExamination, auth: DoctorAuthDocument)?
  {
    let named = [options.database, processEnvironment["MODELPIN_DATABASE_URL"], config.database]
      .compactMap { $0 }.first { !$0.isEmpty }
    guard let named else { return nil }
    do {
      let database = PostgresDatabase(url: try DatabaseURL(named), agent: agent, secrets: secrets)
      let examination = database.examine()
      return (
        database.connection.url.display, examination,
        .database(location: database.auth.location, document: examination.authDocument)
      )
    } catch {
      return ("", DatabaseExamination(problems: [error.description]), .database(location: named, document: nil))
    }
  }

  /// A database modelpin cannot use, or whose schema is behind: `doctor` changes nothing, so it
  /// says how to migrate.
  private mutating func addDatabaseFindings(_ examination: DatabaseExamination, url: String) {
    for problem in examination.problems {
      add(.database, nil, .cliDoctorDatabase(reason: problem), fix: .cliFixDatabase)
    }
    if let version = examination.versionBehind {
      add(
        .database, url,
        .cliDoctorDatabaseBehind(version: String(version), latest: String(DatabaseExamination.latestVersion)),
        fix: .cliFixDatabaseMigrate(command: "modelpin database migrate" + commandOptions))
    }
  }

  /// ` --database URL` when the database was named by `--database`, whose text may hold a password.
  private var databaseOption: String {
    options.database.map { $0.isEmpty ? "" : " --database URL" } ?? ""
  }

  private mutating func examineSessions(_ layout: StateLayout) {
    let stores: [(String, any SessionStore)] = [
      (layout.sessionsFile, JSONSessionStore(path: layout.sessionsFile)),
      (layout.pinsDatabase, SQLiteSessionStore(path: layout.pinsDatabase)),
    ]
    // lstat: a symbolic link to nowhere is a finding too.
    var status = stat()
    for (path, store) in stores where lstat(path, &status) == 0 {
      do {
        _ = try store.allPins()
      } catch {
        switch error {
        case .unparsable(_, let parse): addUnparsable(path, parse)
        case .file(let error): addUnreadable(error)
        default:
          // The finding names the file already: its message does not say it twice.
          let text = error.description
          let problem = text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
          add(.brokenFile, path, problem: SafeText(escaping: problem), fix: .cliFixBrokenFile)
        }
      }
    }
  }

  // MARK: - Checks

  /// A folder or file of secrets that group or others may open; a file only when it is a regular
  /// file (anything else in its place is a finding of its own).
  private mutating func checkPermissions(_ path: String, mode expected: mode_t) {
    let mode = expected == 0o700 ? StateFile.permissions(of: path) : StateFile.filePermissions(of: path)
    guard let mode, mode & 0o077 != 0 else { return }
    add(
      .permissions, path, .cliDoctorPermissions(mode: String(mode, radix: 8)),
      fix: .cliFixPermissions(command: "chmod \(String(expected, radix: 8)) \(shellWord(path))"))
  }

  /// Orders of the store and of the config that name profiles the store does not have for that provider.
  private mutating func checkOrders(of store: AuthStore, config: Config, auth: DoctorAuthDocument) {
    let file = auth.location
    let stored = (try? auth.bytes()).flatMap { $0 }.flatMap { try? JSONValue.parse(utf8: $0) }
    for (key, value) in stored?["order"]?.objectValue?.members ?? [] {
      let ids = (value.arrayValue ?? []).compactMap(\.stringValue)
      let provider = ProviderName.normalized(key)
      let missing = ids.filter { store.profile($0)?.provider != provider }
      guard !missing.isEmpty else { continue }
      let kept = ids.filter { !missing.contains($0) }
      guard !kept.isEmpty else {
        add(
          .driftedOrder, file, .cliDoctorOrderDrifted(provider: provider, profiles: list(missing)),
          fix: .cliFixOrderClear(provider: provider, options: commandOptions))
        continue
      }
      add(
        .orderNamesMissingProfiles, file, .cliDoctorOrderMissing(provider: provider, profiles: list(missing)),
        fix: .cliFixOrderSet(provider: provider, profiles: words(kept), options: commandOptions))
    }
    guard let configPath = config.path else { return }
    for (key, ids) in config.authOrder.sorted(by: { $0.key < $1.key }) {
      let provider = ProviderName.normalized(key)
      let missing = ids.filter { store.profile($0)?.provider != provider }
      guard !missing.isEmpty else { continue }
      let drifted = missing.count == ids.count
      add(
        drifted ? .driftedOrder : .orderNamesMissingProfiles, configPath,
        drifted
          ? .cliDoctorConfigOrderDrifted(provider: key, profiles: list(missing))
          : .cliDoctorConfigOrderMissing(provider: key, profiles: list(missing)),
        fix: .cliFixConfigOrder(profiles: list(missing), provider: key))
    }
  }

  /// A bare default model id that no selectable model, or several, have.
  private mutating func checkDefaultModel(config: Config, agent: String) {
    guard let catalog = try? BuiltInCatalog.load() else { return }
    let selection = ModelSelection(catalog: catalog, config: config, agent: agent)
    guard let problem = selection.defaultModelProblem else { return }
    let used = selection.defaultModel.key
    switch problem {
    case .noModel(let id):
      add(.bareDefault, config.path, .cliDoctorDefaultNoModel(model: id, used: used), fix: .cliFixDefaultProvider)
    case .severalModels(let id, let refs):
      add(
        .bareDefault, config.path, .cliDoctorDefaultSeveral(model: id, models: list(refs.map(\.key)), used: used),
        fix: .cliFixDefaultProvider)
    }
  }

  /// Profiles whose secret reference does not resolve or whose secret is empty, and config keys
  /// whose secret reference does not resolve.
  private mutating func checkSecrets(of store: AuthStore, config: Config, auth: DoctorAuthDocument) {
    for profile in store.profiles {
      if let failure = profile.secretFailure {
        add(
          .unresolvedSecret, auth.location,
          .cliDoctorUnresolvedProfile(profile: profile.id, reason: messages.text(failure)), fix: .cliFixUnresolved)
      } else if !profile.hasSecret {
        let id = shellWord(profile.id)
        add(
          .emptySecret, auth.location, .cliDoctorEmptySecret(profile: profile.id),
          fix: .cliFixEmptySecret(
            paste: SuggestedCommand.pasteToken(provider: profile.provider, profile: profile.id, flags: flags)
              .description + databaseOption, remove: "modelpin auth remove --profile \(id)\(commandOptions)"))
      }
    }
    for provider in config.providers {
      guard let reference = provider.apiKeyReference,
        case .failure(let failure) = store.resolution(of: reference) ?? .failure(.notResolved)
      else { continue }
      add(
        .unresolvedSecret, config.path,
        .cliDoctorUnresolvedConfigKey(provider: provider.name, reason: messages.text(failure)), fix: .cliFixUnresolved)
    }
  }

  /// Aliases `/model <alias>` cannot reach: a provider's name, another model's ref, a command word.
  private mutating func checkAliases(_ config: Config, path: String, agent: String) {
    guard let catalog = try? BuiltInCatalog.load() else { return }
    for conflict in AliasConflict.all(in: ModelSelection(catalog: catalog, config: config, agent: agent)) {
      let (alias, model) = (conflict.alias, conflict.model.key)
      let problem: Message =
        switch conflict.reason {
        case .providerName(let provider): .cliDoctorAliasProvider(alias: alias, model: model, provider: provider)
        case .modelRef(let ref): .cliDoctorAliasRef(alias: alias, model: model, ref: ref)
        case .commandWord: .cliDoctorAliasKeyword(alias: alias, model: model)
        }
      add(.duplicateAlias, path, problem, fix: .cliFixAliasConflict)
    }
  }

  /// Token and OAuth profiles that have expired.
  private mutating func checkExpiry(of store: AuthStore, auth: DoctorAuthDocument) {
    for profile in store.profiles where profile.hasSecret && profile.health(now: now) == .expired {
      add(
        .expiredCredential, auth.location,
        .cliDoctorExpired(profile: profile.id, time: profile.expires.map(Timestamp.format) ?? "-"),
        fix: .cliFixExpired(provider: profile.provider, profile: shellWord(profile.id), options: commandOptions))
    }
  }

  /// A config readable by group or others that holds a plain-text `apiKey`: anyone on the machine
  /// can read the key.
  private mutating func checkReadableKeys(_ config: Config, path: String) {
    let plain = config.providers.filter { $0.apiKeyReference == nil && !($0.apiKey ?? "").isEmpty }
    guard !plain.isEmpty, let mode = StateFile.filePermissions(of: path), mode & 0o044 != 0 else { return }
    add(
      .permissions, path, .cliDoctorReadableKey(providers: list(plain.map(\.name)), mode: String(mode, radix: 8)),
      fix: .cliFixReadableKey(command: "chmod 600 \(shellWord(path))"))
  }

  /// Refs of the config's defaults, fallbacks and allowlist that name an unknown provider, or a
  /// model their provider lacks; the providers of stored profiles are known.
  private mutating func checkRefs(_ config: Config, path: String, providers: [String]) {
    guard let catalog = try? BuiltInCatalog.load() else { return }
    for unknown in UnknownConfiguredRef.all(in: config, catalog: catalog, otherProviders: providers) {
      let (key, ref) = (unknown.key, unknown.ref)
      var problem: SafeText
      let kind: DoctorFinding.Kind
      let fix: Message
      switch unknown.reason {
      case .provider(let name):
        problem = messages.text(.cliDoctorUnknownProvider(key: key, ref: ref, provider: name))
        (kind, fix) = (.unknownProvider, .cliFixUnknownProvider(key: key, provider: name))
      case .model:
        let provider = ProviderName.normalized(ref.prefix { $0 != "/" })
        problem = messages.text(.cliDoctorUnknownModel(key: key, ref: ref))
        (kind, fix) = (.unknownModel, .cliFixUnknownModel(key: key, provider: provider))
      case .configuredProvider(let name):
        problem = messages.text(.cliDoctorUnknownConfiguredProvider(provider: ref))
        (kind, fix) = (.unknownProvider, .cliFixUnknownConfiguredProvider(provider: name))
      }
      if !unknown.suggestions.isEmpty {
        problem = messages.text(.cliDidYouMean(text: problem, suggestions: list(unknown.suggestions)))
      }
      add(kind, path, problem: problem, fix: fix)
    }
  }

  /// A provider the default or a fallback needs that has no credential: the rule of `status
  /// --check` (`StatusCheck.missingCredentials`), over the auth document examined. An unknown
  /// provider is `checkRefs`' finding already.
  private mutating func checkCredentials(
    store: AuthStore, config: Config, environment: Environment, layout: StateLayout, auth: DoctorAuthDocument
  ) {
    guard let catalog = try? BuiltInCatalog.load() else { return }
    var workspace = Workspace(
      layout: layout, config: config, environment: environment,
      selection: ModelSelection(catalog: catalog, config: config, agent: layout.agent), home: flags.home)
    workspace.stateFlags = flags
    for case .noCredential(let provider, let model) in StatusCheck.missingCredentials(
      workspace: workspace, store: store, now: now)
    {
      add(
        .noCredential, auth.location, .cliDoctorNoCredential(provider: provider, model: model.key),
        fix: .cliFixNoCredential(
          variable: EnvironmentCredential.variables(for: provider).first ?? "API_KEY",
          command: SuggestedCommand.pasteToken(provider: provider, flags: flags).description + databaseOption))
    }
  }

  /// Environment keys beside the profiles of a provider's order: a backup §4.4 reaches only when
  /// no profile is left in the order, so a note, not a problem.
  private mutating func checkShadowedKeys(
    store: AuthStore, config: Config, environment: Environment, layout: StateLayout
  ) {
    for provider in ProviderAuth.providers(of: store) {
      let order = store.authOrder(for: provider, config: config, now: now).ids
      guard !order.isEmpty else { continue }
      for variable in EnvironmentCredential.variables(for: provider) where environment[variable] != nil {
        let inProcess = environment.process[variable].map { !$0.isEmpty } ?? false
        add(
          .shadowedEnvironmentKey, severity: .note, inProcess ? nil : layout.environmentFile,
          .cliDoctorShadowed(variable: variable, provider: provider, profiles: list(order)),
          fix: inProcess ? .cliFixShadowedProcess(variable: variable) : .cliFixShadowedDotenv(variable: variable))
      }
    }
  }

  // MARK: - Findings

  private mutating func add(
    _ kind: DoctorFinding.Kind, severity: DoctorFinding.Severity = .problem, _ file: String?, _ problem: Message,
    fix: Message
  ) {
    add(kind, severity: severity, file, problem: messages.text(problem), fix: fix)
  }

  private mutating func add(
    _ kind: DoctorFinding.Kind, severity: DoctorFinding.Severity = .problem, _ file: String?, problem: SafeText,
    fix: Message
  ) {
    findings.append(
      DoctorFinding(
        kind: kind, severity: severity, file: file, problem: problem,
        fix: messages.text(fix)))
  }

  /// A file that cannot be read: to be made readable, or, when it is no file, moved away.
  private mutating func addUnreadable(_ error: StateFileError) {
    let fix: Message = StateFile.isNotAFile(error.path) ? .cliFixNotAFile : .cliFixUnreadable
    add(.brokenFile, error.path, .cliDoctorUnreadable(reason: error.reason), fix: fix)
  }

  private mutating func addUnparsable(_ path: String, _ error: JSONParseError) {
    add(
      .brokenFile, path,
      .cliDoctorUnparsable(line: String(error.line), column: String(error.column), reason: error.message),
      fix: .cliFixBrokenFile)
  }

  // MARK: - Words

  /// Profile ids for a sentence.
  private func list(_ ids: [String]) -> SafeText {
    ids.map(SafeText.init(escaping:)).joined(separator: ", ")
  }

  /// Profile ids as arguments of a command.
  private func words(_ ids: [String]) -> String {
    ids.map(shellWord).joined(separator: " ")
  }

  /// The `--state-dir` and `--agent` the examination was given, so that fixes act on the same state.
  private var flags: StateFlags {
    StateFlags(stateFolder: options.stateFolder, agent: options.agent, home: processEnvironment["HOME"])
  }

  /// ` --state-dir X --agent A` when the examination was given them, and ` --database URL` when
  /// `--database` named the database, so that fixes act on the same state.
  private var commandOptions: String {
    flags.words.map { " " + $0 }.joined() + databaseOption
  }

  /// A word a shell reads back as `text`.
  private func shellWord(_ text: String) -> String {
    flags.quoted(text)
  }
}
