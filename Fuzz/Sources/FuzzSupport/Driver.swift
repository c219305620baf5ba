/// libFuzzer's entry point for programs with a `main` of their own.
// swift-format-ignore: AlwaysUseLowerCamelCase
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process's arguments on `target`.
///
/// SwiftPM links an executable target's `main` to `<Target>_main`, so each target defines that
/// symbol and calls this, instead of linking libFuzzer's own `main`.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  return LLVMFuzzerRunDriver(&argc, &argv, target)
}
