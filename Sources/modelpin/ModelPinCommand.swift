import ArgumentParser

@main
struct ModelPinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "modelpin",
    abstract: "Pin chat sessions to a model and a credential profile.")

  func run() throws {
    print("modelpin: nothing to run yet")
  }
}
