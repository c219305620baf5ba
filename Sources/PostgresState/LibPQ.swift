import CLibPQ

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The functions of libpq modelpin calls, found in `libpq.so.5` when a database is first used.
///
/// Linking libpq would load it (and ssl, krb5, ldap…) into every process, several milliseconds of
/// each start-up, and make the package a run-time need of users who have no database. Loaded
/// here, only a process with a database configured pays for it.
struct LibPQ: @unchecked Sendable {
  // @unchecked: C function pointers into a library that is never unloaded; they never change.
  let connectdbParams:
    @convention(c) (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32) ->
      OpaquePointer?
  let status: @convention(c) (OpaquePointer?) -> ConnStatusType
  let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
  let finish: @convention(c) (OpaquePointer?) -> Void
  let exec: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?
  let execParams:
    @convention(c) (
      OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?,
      UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
    ) -> OpaquePointer?
  let resultStatus: @convention(c) (OpaquePointer?) -> ExecStatusType
  let resultErrorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
  let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
  let ntuples: @convention(c) (OpaquePointer?) -> Int32
  let nfields: @convention(c) (OpaquePointer?) -> Int32
  let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
  let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
  let getlength: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
  let cmdTuples: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
  let clear: @convention(c) (OpaquePointer?) -> Void
  let conninfoParse:
    @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) ->
      UnsafeMutablePointer<PQconninfoOption>?
  let conninfoFree: @convention(c) (UnsafeMutablePointer<PQconninfoOption>?) -> Void
  let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void
  let transactionStatus: @convention(c) (OpaquePointer?) -> PGTransactionStatusType

  /// The library names tried, in order.
  static let libraryNames = ["libpq.so.5", "libpq.5.dylib", "libpq.so"]

  /// libpq, loaded on first use; the same answer for the life of the process.
  static let shared: Result<LibPQ, LibPQLoadError> = load()

  private static func load() -> Result<LibPQ, LibPQLoadError> {
    var reasons: [String] = []
    for name in libraryNames {
      guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
        reasons.append(dlerror().map { String(cString: $0) } ?? name)
        continue
      }
      do {
        return .success(try LibPQ(handle: handle))
      } catch {
        return .failure(error)
      }
    }
    return .failure(LibPQLoadError(reason: reasons.first ?? "not found"))
  }

  private init(handle: UnsafeMutableRawPointer) throws(LibPQLoadError) {
    func symbol<Function>(_ name: String) throws(LibPQLoadError) -> Function {
      guard let address = dlsym(handle, name) else {
        throw LibPQLoadError(reason: "\(name) is missing; libpq 14 or later is needed")
      }
      return unsafeBitCast(address, to: Function.self)
    }
    connectdbParams = try symbol("PQconnectdbParams")
    status = try symbol("PQstatus")
    errorMessage = try symbol("PQerrorMessage")
    finish = try symbol("PQfinish")
    exec = try symbol("PQexec")
    execParams = try symbol("PQexecParams")
    resultStatus = try symbol("PQresultStatus")
    resultErrorMessage = try symbol("PQresultErrorMessage")
    resultErrorField = try symbol("PQresultErrorField")
    ntuples = try symbol("PQntuples")
    nfields = try symbol("PQnfields")
    getvalue = try symbol("PQgetvalue")
    getisnull = try symbol("PQgetisnull")
    getlength = try symbol("PQgetlength")
    cmdTuples = try symbol("PQcmdTuples")
    clear = try symbol("PQclear")
    conninfoParse = try symbol("PQconninfoParse")
    conninfoFree = try symbol("PQconninfoFree")
    freemem = try symbol("PQfreemem")
    transactionStatus = try symbol("PQtransactionStatus")
  }
}

/// libpq could not be loaded: the package is missing, or too old.
struct LibPQLoadError: Error, Sendable {
  var reason: String
}
