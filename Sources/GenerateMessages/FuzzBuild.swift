#if FUZZING
  /// The fuzz build (`Fuzz/run.sh`) passes `-sanitize=fuzzer` to every Swift compilation, this
  /// build tool's included, and libFuzzer's runtime then needs this entry point to link. The tool
  /// keeps its own `main` and never calls it.
  @_cdecl("LLVMFuzzerTestOneInput")
  func linkedForTheFuzzBuildOnly(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
#endif
