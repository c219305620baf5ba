import ArgumentParser

/// `modelpin auth`: the agent's credentials in auth-profiles.json.
struct AuthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "auth",
    abstract: "List and change the auth profiles of auth-profiles.json.",
    discussion: """
      Every change is made under the file's lock and written atomically (mode 0600); a file that does \
      not parse is never overwritten. Secrets are never printed whole.

      Example:
        modelpin auth list
      """,
    subcommands: [
      AuthListCommand.self, AuthOrderCommand.self, AuthPasteTokenCommand.self, AuthSetupTokenCommand.self,
      AuthCooldownCommand.self, AuthRemoveCommand.self, AuthImportCommand.self, AuthExportCommand.self,
    ])
}
