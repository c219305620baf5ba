import StateFolder

extension StateFile {
  /// Creates the folder that holds `path`, and its missing parents, with mode 0700.
  static func createFolder(containing path: String) throws(StateFileError) {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
    try createFolder(String(path[..<slash]))
  }
}
