import PackagePlugin

/// Generates the typed constructors of a target's messages from its English catalog
/// (`Resources/messages/en.json`), the one place a message is declared: each template becomes a
/// `Message` constructor whose parameters are the template's placeholders, so the compiler checks
/// every call site's arguments.
@main
struct MessageConstructors: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let catalog = target.directoryURL.appending(path: "Resources/messages/en.json")
    let output = context.pluginWorkDirectoryURL.appending(path: "Message+\(target.name).swift")
    return [
      .buildCommand(
        displayName: "Generating the message constructors of \(target.name)",
        executable: try context.tool(named: "GenerateMessages").url,
        arguments: [catalog.path(), output.path(), target.name],
        inputFiles: [catalog],
        outputFiles: [output])
    ]
  }
}
